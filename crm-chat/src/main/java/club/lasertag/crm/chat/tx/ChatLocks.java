package club.lasertag.crm.chat.tx;

/**
 * Outgoing port: one chat's updates handled one at a time across instances. Within one process the bot handles a
 * chat's updates in order (its lane); several instances on one database each have their own lanes, so two updates of
 * one chat could be handled at once by two instances, and the second would read the chat's dialog state before the
 * first one's commit. {@link #lock} inside the update's {@link UnitOfWork} makes the second wait for the first.
 */
public interface ChatLocks {

    /** For a database only one instance uses (SQLite, whose unit of work is the single writer anyway): nothing to do. */
    ChatLocks NONE = chatId -> { };

    /**
     * Inside a unit of work: waits until no other unit of work, of this instance or another, holds {@code chatId}'s
     * lock, then holds it until this unit of work ends.
     */
    void lock(long chatId);
}
