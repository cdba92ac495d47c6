package club.lasertag.crm.telegram.edge;

import club.lasertag.crm.telegram.edge.gateway.CallObserver;

/**
 * What the engine tells as it works, for health checks and metrics (crm-app implements it; the bot knows no HTTP
 * server nor metrics library). Called on the engine's threads: implementations are quick and never throw.
 */
public interface BotObserver extends CallObserver {

    /** Tells nothing. */
    BotObserver NONE = new BotObserver() {
    };

    /** An attempt at an update ended (handled, or the database was unavailable and it is tried again). */
    default void handled(HandledUpdate update) {
    }

    /** A getUpdates call answered: long polling is alive. */
    default void polled() {
    }

    /** The webhook stored a posted update. */
    default void posted() {
    }
}
