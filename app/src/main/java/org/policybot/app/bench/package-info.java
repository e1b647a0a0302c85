/** In-process benchmarks of the answering core, run with {@code policybot bench}. */
package org.policybot.app.bench;
