/** The command-line sub-commands: ask, eval, bench. */
package org.policybot.app.cli;
