/**
 * The Teams channel. Every {@code com.microsoft.bot} type (a retired SDK) stays inside this
 * module, behind a small interface, so it can be replaced without touching the core.
 */
package org.policybot.teams;
