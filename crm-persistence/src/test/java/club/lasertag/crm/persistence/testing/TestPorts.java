package club.lasertag.crm.persistence.testing;

import club.lasertag.crm.persistence.JooqPorts;
import javax.sql.DataSource;
import org.jooq.DSLContext;

/** A migrated test database with the jOOQ ports on it, emptied before each test. */
public interface TestPorts {

    JooqPorts ports();

    DataSource dataSource();

    DSLContext db();
}
