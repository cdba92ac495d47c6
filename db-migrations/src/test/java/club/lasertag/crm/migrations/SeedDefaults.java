package club.lasertag.crm.migrations;

import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed's defaults of {@code crm_orders}, the same on both databases. */
final class SeedDefaults {

    private SeedDefaults() {
    }

    /** Checks the current row of an order inserted with nothing but its required columns. */
    static void assertOrderDefaults(ResultSet order) throws SQLException {
        assertThat(order.getObject("client_uid")).isNull();
        assertThat(order.getInt("gametime")).isEqualTo(3600);
        assertThat(order.getInt("resttime")).isEqualTo(3600);
        assertThat(order.getInt("restroom")).isEqualTo(1);
        assertThat(order.getInt("players")).isEqualTo(1);
        assertThat(order.getString("polygon")).isEqualTo("arena");
        assertThat(order.getString("gametype")).isEqualTo("birthday");
        assertThat(order.getString("gifts")).isEqualTo("bandana");
        assertThat(order.getString("status")).isEqualTo("new");
        assertThat(order.getString("comment")).isEmpty();
        assertThat(order.getLong("created_by")).isZero();
        assertThat(order.getLong("updated_by")).isZero();
    }
}
