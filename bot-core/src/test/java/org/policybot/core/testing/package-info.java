/**
 * Test fixtures shared with the modules that use the core, through bot-core's test-jar: a real
 * answerer over the bundled policy, built once per JVM. Not part of the product.
 */
package org.policybot.core.testing;
