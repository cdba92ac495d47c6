package club.lasertag.crm.domain.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    @Test
    void nextPageStartsWhereThisOneEnds() {
        assertThat(Page.first(10).next()).isEqualTo(new Page(10, 10));
    }

    @Test
    void limitsAreBounded() {
        assertThatThrownBy(() -> new Page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Page(0, Page.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Page(0, Page.MAX_LIMIT).limit()).isEqualTo(Page.MAX_LIMIT);
    }

    @Test
    void invalidInputDescribesItself() {
        InvalidInput e = new InvalidInput("name", InvalidInput.Problem.TOO_LONG, 20, 21);

        assertThat(e).hasMessage("name: too long [20, 21]");
        assertThat(new InvalidInput("name", InvalidInput.Problem.REQUIRED)).hasMessage("name: required");
    }
}
