package club.lasertag.crm.domain.feed;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedTokenTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenCarries256RandomBitsInAUrlSafeForm() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            FeedToken token = FeedToken.random(random);
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token.value())).isTrue();
        }
    }

    @Test
    void theHashIsTheSha256OfTheToken() {
        FeedToken token = new FeedToken("A".repeat(43));
        // printf 'AAA...' (43 A) | sha256sum
        assertThat(token.hash().hex()).isEqualTo("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a");
        assertThat(token.hash()).isEqualTo(new FeedToken("A".repeat(43)).hash());
        assertThat(token.hash()).isNotEqualTo(new FeedToken("A".repeat(42) + "B").hash());
    }

    @Test
    void theSecretIsNeverPrinted() {
        FeedToken token = FeedToken.random(random);
        assertThat(token.toString()).doesNotContain(token.value());
    }

    @Test
    void anythingElseIsNotAToken() {
        assertThat(FeedToken.isWellFormed("A".repeat(42))).isFalse();
        assertThat(FeedToken.isWellFormed("A".repeat(44))).isFalse();
        assertThat(FeedToken.isWellFormed("A".repeat(42) + "/")).isFalse();
        assertThat(FeedToken.isWellFormed(null)).isFalse();
        assertThatThrownBy(() -> new FeedToken("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("passwd");
    }
}
