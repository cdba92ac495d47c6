package club.lasertag.crm.pictures;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font every picture is drawn with: DejaVu Sans, shipped in this module's resources (Bitstream Vera license, see
 * {@code fonts/DejaVu-LICENSE.txt}), so Cyrillic text looks the same on every machine, whatever fonts it has.
 */
final class Fonts {

    private static final Font REGULAR = load("fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("fonts/DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        Headless.ensure();
        try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from crm-pictures' resources");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("font " + resource + " cannot be read", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        }
    }
}
