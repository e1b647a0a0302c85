/** Configuration: environment variables read once, in {@code main}, into a settings record. */
package org.policybot.app.config;
