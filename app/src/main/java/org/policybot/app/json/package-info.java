/** The answer JSON contract, shared by the CLI and the HTTP API. */
package org.policybot.app.json;
