/**
 * Measuring answer quality: question files ({@link org.policybot.core.eval.EvalSet}), the run
 * ({@link org.policybot.core.eval.Evaluation}) and its figures ({@link
 * org.policybot.core.eval.EvalReport}). Used by {@code policybot eval} and the quality tests.
 */
package org.policybot.core.eval;
