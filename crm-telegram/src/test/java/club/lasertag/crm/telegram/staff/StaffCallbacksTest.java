package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaffCallbacksTest {

    @Test
    void everyActionComesBackAsItWent() {
        long id = 999_999_999_999_999_999L;
        List<StaffAction> actions = List.of(new StaffAction.ListAll(), new StaffAction.Member(id),
                new StaffAction.ChangeRole(id, Role.INSTRUCTOR), new StaffAction.Remove(id),
                new StaffAction.RemoveConfirmed(id), new StaffAction.Add(), new StaffAction.SkipName(),
                new StaffAction.AddWithRole(Role.MANAGER), new StaffAction.Cancel());
        for (StaffAction action : actions) {
            assertThat(StaffCallbacks.CODEC.decode(StaffCallbacks.CODEC.encode(action))).contains(action);
        }
        assertThat(StaffCallbacks.CODEC.encode(new StaffAction.Member(5))).isEqualTo("st:m:5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"st:m:x", "st:role:5:admin", "st:role:5", "st:addrole:admin", "st:nonsense", "st"})
    void forgedDataIsNotUnderstood(String data) {
        assertThat(StaffCallbacks.CODEC.decode(data)).isEmpty();
    }
}
