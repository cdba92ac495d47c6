/**
 * The jOOQ adapters of the domain's outgoing ports, one code path for PostgreSQL and SQLite.
 *
 * <p>Public API: {@link club.lasertag.crm.persistence.DataSources} (open a database from a JDBC URL),
 * {@link club.lasertag.crm.persistence.JooqPorts} (the ports, a unit of work and the outbox without Guice),
 * {@link club.lasertag.crm.persistence.SqlitePersistenceModule} and
 * {@link club.lasertag.crm.persistence.PostgresPersistenceModule} (Guice, one module per database). Everything
 * else is package-private; generated jOOQ records never leave this package's adapters.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(new SqlitePersistenceModule(Path.of("data/crm.db")), ...);
 * Migrations.migrate(injector.getInstance(DataSource.class)); // explicit, at start-up
 * Orders orders = injector.getInstance(Orders.class);
 * }</pre>
 */
package club.lasertag.crm.persistence;
