package club.lasertag.crm.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsTelegramsFormattingAndDropsEveryAttribute() {
        assertThat(SafeHtml.render("<b>a</b> <strong>b</strong> <em>c</em> <ins>d</ins> <del>e</del> <code>f</code>", null, "HTML"))
                .isEqualTo("<b>a</b> <b>b</b> <i>c</i> <u>d</u> <s>e</s> <code>f</code>");
        assertThat(SafeHtml.render("<pre><code class=\"language-java\">x &lt; 1</code></pre>", null, "HTML"))
                .isEqualTo("<pre><code>x &lt; 1</code></pre>");
        assertThat(SafeHtml.render("<span class=\"tg-spoiler\">s</span><tg-spoiler>t</tg-spoiler>", null, "HTML"))
                .isEqualTo("<span class=\"tg-spoiler\">s</span><span class=\"tg-spoiler\">t</span>");
        assertThat(SafeHtml.render("<blockquote expandable>q</blockquote>", null, "html"))
                .isEqualTo("<blockquote class=\"expandable\">q</blockquote>");
    }

    @Test
    void linksKeepOnlySafeSchemes() {
        assertThat(SafeHtml.render("<a href=\"https://x.org/?a=1&amp;b=2\">x</a>", null, "HTML"))
                .isEqualTo("<a href=\"https://x.org/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>");
        assertThat(SafeHtml.render("<a href=\"javascript:alert(1)\">x</a>", null, "HTML"))
                .isEqualTo("<span class=\"link\">x</span>");
        assertThat(SafeHtml.render("<a href='tg://user?id=1' onclick='x()'>y</a>", null, "HTML"))
                .isEqualTo("<a href=\"tg://user?id=1\" target=\"_blank\" rel=\"noopener noreferrer\">y</a>");
    }

    @Test
    void decodesEntitiesAndEscapesTheResult() {
        assertThat(SafeHtml.render("&lt;b&gt; &amp; &quot;q&quot; &#60;i&#x3e; & alone 'x'", null, "HTML"))
                .isEqualTo("&lt;b&gt; &amp; &quot;q&quot; &lt;i&gt; &amp; alone &#39;x&#39;");
    }

    @Test
    void plainTextAndOtherParseModesAreEscaped() {
        assertThat(SafeHtml.render("<b>x</b>", "<b>x</b>", null)).isEqualTo("&lt;b&gt;x&lt;/b&gt;");
        assertThat(SafeHtml.render("*x*", "*x*", "MarkdownV2")).isEqualTo("*x*");
        assertThat(SafeHtml.render(null, null, null)).isEmpty();
    }

    @Test
    void brokenHtmlFallsBackToEscapedText() {
        assertThat(SafeHtml.render("<b>x", "x", "HTML")).isEqualTo("x");
        assertThat(SafeHtml.render("<script>x</script>", "<script>x</script>", "HTML"))
                .isEqualTo("&lt;script&gt;x&lt;/script&gt;");
    }
}
