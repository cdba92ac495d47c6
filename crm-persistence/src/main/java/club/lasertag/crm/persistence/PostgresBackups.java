package club.lasertag.crm.persistence;

import club.lasertag.crm.domain.port.out.DatabaseBackups;

import java.nio.file.Path;

/** PostgreSQL is backed up with its own tools ({@code pg_dump}, see the README), not by the CRM. */
final class PostgresBackups implements DatabaseBackups {

    @Override
    public boolean copiesItself() {
        return false;
    }

    @Override
    public void copyTo(Path target) {
        throw new UnsupportedOperationException("PostgreSQL is backed up with pg_dump, not by the CRM");
    }
}
