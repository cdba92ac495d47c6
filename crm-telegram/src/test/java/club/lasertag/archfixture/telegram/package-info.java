/**
 * Classes that break the bot's architecture rules on purpose, one violation each, so
 * {@code ArchitectureViolationsTest} can show every rule fails on a real violation. Never used by anything else.
 */
package club.lasertag.archfixture.telegram;
