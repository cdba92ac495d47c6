package club.lasertag.crm.persistence;

import club.lasertag.crm.chat.tx.ChatLocks;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * {@link ChatLocks} as PostgreSQL transaction-scoped advisory locks ({@code pg_advisory_xact_lock(class, chat)},
 * released at commit or rollback); on SQLite nothing (its unit of work is the single writer). The two-key form with
 * {@link #LOCK_CLASS} keeps them apart from the bookings' and the job leases' locks. Chat ids are folded to 32 bits:
 * two chats may share a lock, which only makes one wait for the other.
 */
final class JooqChatLocks implements ChatLocks {

    /** The first key of every chat's lock: "CRMC". */
    static final int LOCK_CLASS = 0x43524D43;

    private final DSLContext db;

    JooqChatLocks(DSLContext db) {
        this.db = db;
    }

    @Override
    public void lock(long chatId) {
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            db.fetch("SELECT pg_advisory_xact_lock(?, ?)", LOCK_CLASS, (int) (chatId ^ (chatId >>> 32)));
        }
    }
}
