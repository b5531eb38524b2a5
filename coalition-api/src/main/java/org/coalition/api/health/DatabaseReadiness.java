package org.coalition.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the application's database answers a trivial query through its own data source. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    /** The application's data source by its global name: checks run on the server's own threads, outside java:comp. */
    static final String DATA_SOURCE = "jdbc/coalition";

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        DataSource dataSource;
        try {
            dataSource = (DataSource) new InitialContext().lookup(DATA_SOURCE);
        } catch (NamingException e) {
            return response.down()
                    .withData("error", "no data source " + DATA_SOURCE)
                    .build();
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            statement.execute("SELECT 1");
            return response.up()
                    .withData("product", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
