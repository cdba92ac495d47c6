package club.lasertag.crm.domain.common;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.staff.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CodedTest {

    @Test
    void codesAreTheSeedsValues() {
        assertThat(List.of(Polygon.values())).extracting(Coded::code).containsExactly("arena", "park", "forest");
        assertThat(List.of(GameType.values())).extracting(Coded::code).containsExactly("game", "birthday", "quest");
        assertThat(List.of(Gift.values())).extracting(Coded::code)
                .containsExactly("bandana", "bullets", "dogtag", "snood", "without");
        assertThat(OrderStatus.NO_SHOW.code()).isEqualTo("no_show");
        assertThat(Role.INSTRUCTOR.code()).isEqualTo("instructor");
    }

    @Test
    void aCodeIsReadInAnyCaseAndTrimmed() {
        assertThat(Polygon.ofCode(" Forest ")).isEqualTo(Polygon.FOREST);
        assertThat(GameType.ofCode("QUEST")).isEqualTo(GameType.QUEST);
        assertThat(Gift.ofCode("dogtag")).isEqualTo(Gift.DOGTAG);
        assertThat(OrderStatus.ofCode("no_show")).isEqualTo(OrderStatus.NO_SHOW);
        assertThat(Role.ofCode("manager")).isEqualTo(Role.MANAGER);
    }

    @Test
    void anUnknownCodeListsTheKnownOnes() {
        assertThatThrownBy(() -> Polygon.ofCode("Stadium"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("polygon");
                    assertThat(e.problem()).isEqualTo(InvalidInput.Problem.UNKNOWN_VALUE);
                    assertThat(e.details()).containsExactly("stadium", List.of("arena", "park", "forest"));
                });
    }

    @Test
    void eachEnumNamesItsField() {
        assertThat(fieldOf(() -> GameType.ofCode("x"))).isEqualTo("gametype");
        assertThat(fieldOf(() -> Gift.ofCode("x"))).isEqualTo("gifts");
        assertThat(fieldOf(() -> OrderStatus.ofCode("x"))).isEqualTo("status");
        assertThat(fieldOf(() -> Role.ofCode(null))).isEqualTo("role");
    }

    private static String fieldOf(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidInput e) {
            assertThat(e.problem()).isEqualTo(InvalidInput.Problem.UNKNOWN_VALUE);
            return e.field();
        }
        throw new AssertionError("no InvalidInput");
    }
}
