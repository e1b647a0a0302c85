/** The runnable policybot: {@link org.policybot.app.Main} and the wiring of everything else. */
package org.policybot.app;
