package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.chat.testing.InMemoryDialogStates;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.testing.FeatureTurns;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every staff button, forged or left over, pressed by a manager: a refusal notice and nothing changed. */
class StaffFeatureRolesTest {

    private final TestCrm crm = new TestCrm();
    private final InMemoryDialogStates dialogs = new InMemoryDialogStates();
    private final FeatureTurns turns = new FeatureTurns(crm, dialogs, new StaffFeature(crm.staffService));

    @ParameterizedTest
    @ValueSource(strings = {"st:list", "st:m:5", "st:role:5:manager", "st:del:5", "st:delok:5", "st:add", "st:skip",
            "st:addrole:manager", "st:cancel"})
    void aManagersPressIsRefusedAndChangesNothing(String data) {
        crm.staffService.save(new StaffMember(new StaffId(5), "Оля", Role.INSTRUCTOR), TestCrm.ADMIN);

        press(Role.MANAGER, data);

        assertThat(turns.replies()).containsExactly("notice: Раздел «Сотрудники» — только для администратора.");
        assertThat(crm.staffService.roleOf(new StaffId(5))).contains(Role.INSTRUCTOR);
        assertThat(dialogs.of(FeatureTurns.CHAT)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"st:m:x", "st:role:5:admin", "st:role:5", "st:addrole:manager", "st:skip", "st:nonsense"})
    void anAdminsMalformedOrStalePressIsStale(String data) {
        crm.staffService.save(new StaffMember(new StaffId(5), "Оля", Role.INSTRUCTOR), TestCrm.ADMIN);

        press(Role.ADMIN, data);

        assertThat(turns.replies()).containsExactly("notice: Эта кнопка устарела. Откройте заново.");
        assertThat(crm.staffService.roleOf(new StaffId(5))).contains(Role.INSTRUCTOR);
    }

    private void press(Role role, String data) {
        turns.press(role, data);
    }
}
