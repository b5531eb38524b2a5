package org.coalition.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything else runs. Flyway owns the schema; the same
 * migrations (coalition-model's {@code db/migration}) run on H2 and PostgreSQL, and the few whose syntax the two
 * do not share come once per database ({@code db/vendor/h2}, {@code db/vendor/postgresql}, the same versions in
 * both). Bean-managed transactions because Flyway commits each migration itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/coalition")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** {@code h2} or {@code postgresql}, the folder of the database's own migrations. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> "h2";
                case "PostgreSQL" -> "postgresql";
                default -> throw new IllegalStateException("Coalition runs on H2 or PostgreSQL, not on " + product);
            };
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }
}
