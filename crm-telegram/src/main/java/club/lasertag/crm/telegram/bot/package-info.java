/**
 * The assembly: builds every feature from the use cases it needs. Nothing in the bot depends on it; the app
 * does.
 */
package club.lasertag.crm.telegram.bot;
