/** Loading policies for the app: a configured folder or the bundled default. */
package org.policybot.app.policy;
