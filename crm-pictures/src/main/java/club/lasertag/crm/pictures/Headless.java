package club.lasertag.crm.pictures;

/** Pictures are drawn in memory: AWT must never look for an X server (there is none on a server). */
final class Headless {

    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} unless the JVM was started with a value; before any AWT class loads. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
