/**
 * The policy model: a {@link org.policybot.index.Policy} is a titled document of numbered {@link
 * org.policybot.index.Clause}s, the units PolicyBot quotes. A clause's flat text is what search
 * reads; its {@link org.policybot.index.Block}s are the same words with their lists and tables, for
 * quoting. Parsing lives in {@code parse}, the Lucene index in {@code search}; nothing here knows
 * about chat platforms.
 */
package org.policybot.index;
