package club.lasertag.crm.pictures;

import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.picture.DayBoard.Block;
import club.lasertag.crm.domain.picture.DayBoard.Lane;
import club.lasertag.crm.domain.port.out.DayPictures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The day picture drawn with Java2D, headless: a lane per field and per rest room, the hours across, a block per
 * booking in its status' colour with the client, the players, the game type and the times; cancelled bookings in a
 * grey hatched strip under their lane; a red line at the current time on today's picture.
 */
public final class Java2dDayPictures implements DayPictures {

    static final Color BACKGROUND = Color.WHITE;
    static final Color LANE = new Color(0xF3F5F7);
    static final Color CANCELLED_STRIP = new Color(0xFAFAFA);
    static final Color CANCELLED = new Color(0xC8C8C8);
    static final Color HATCH = new Color(0x9A9A9A);
    static final Color GRID = new Color(0xD5DADF);
    static final Color NOW = new Color(0xE0201B);
    static final Color INK = new Color(0x1F2933);
    static final Map<OrderStatus, Color> STATUS = Map.of(
            OrderStatus.NEW, new Color(0x2F6FDB),
            OrderStatus.CONFIRMED, new Color(0x1E8E3E),
            OrderStatus.COMPLETED, new Color(0x5F6B76),
            OrderStatus.NO_SHOW, new Color(0xC5221F),
            OrderStatus.CANCELLED, CANCELLED);

    /** Blocks narrower than this (an hour and a half on a 14-hour day) get the compact text. */
    static final int NARROW = 150;
    private static final int SMALLEST = 14;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static {
        Headless.ensure();
    }

    @Override
    public byte[] png(DayBoard board, Locale locale) {
        Words words = new Words(locale);
        DayLayout layout = new DayLayout(board);
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, layout.width(), layout.height());
            header(g, board, layout, words);
            for (int i = 0; i < board.lanes().size(); i++) {
                lane(g, board.lanes().get(i), i, layout, words);
            }
            hours(g, board, layout);
            for (int i = 0; i < board.lanes().size(); i++) {
                blocks(g, board.lanes().get(i), i, layout, words);
            }
            board.now().ifPresent(now -> now(g, now, board, layout, words));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void header(Graphics2D g, DayBoard board, DayLayout layout, Words words) {
        String title = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", words.locale()).format(board.day());
        title = title.substring(0, 1).toUpperCase(words.locale()) + title.substring(1);
        g.setColor(INK);
        g.setFont(Fonts.bold(34));
        g.drawString(title, DayLayout.MARGIN, 46);
        long bookings = board.lanes().stream().filter(lane -> lane.field().isPresent())
                .mapToLong(lane -> lane.blocks().size()).sum();
        long cancelled = board.lanes().stream().filter(lane -> lane.field().isPresent())
                .flatMap(lane -> lane.blocks().stream()).filter(Block::cancelled).count();
        long players = board.lanes().stream().filter(lane -> lane.field().isPresent())
                .flatMap(lane -> lane.blocks().stream()).filter(block -> !block.cancelled())
                .mapToLong(Block::players).sum();
        g.setFont(Fonts.regular(22));
        g.drawString(words.get("summary", bookings, players, cancelled), DayLayout.MARGIN, 78);
    }

    private static void lane(Graphics2D g, Lane lane, int index, DayLayout layout, Words words) {
        g.setColor(LANE);
        g.fillRect(DayLayout.MARGIN, layout.laneTop(index), layout.right() - DayLayout.MARGIN, DayLayout.MAIN_HEIGHT);
        g.setColor(CANCELLED_STRIP);
        g.fillRect(layout.left(), layout.cancelledTop(index), layout.right() - layout.left(), DayLayout.CANCELLED_HEIGHT);
        g.setColor(INK);
        g.setFont(Fonts.bold(26));
        String name = lane.field().map(words::field).orElseGet(() -> words.room(lane.restRoom().orElseThrow()));
        drawFitting(g, name, DayLayout.MARGIN + 10, layout.laneTop(index) + 66, DayLayout.LABEL_WIDTH - 14);
        g.setFont(Fonts.regular(16));
        g.setColor(HATCH);
        drawFitting(g, words.get("cancelled.strip"), DayLayout.MARGIN + 10, layout.cancelledTop(index) + 26,
                DayLayout.LABEL_WIDTH - 14);
    }

    private static void hours(Graphics2D g, DayBoard board, DayLayout layout) {
        int top = layout.laneTop(0);
        int bottom = layout.laneBottom(board.lanes().size() - 1);
        g.setFont(Fonts.regular(20));
        FontMetrics metrics = g.getFontMetrics();
        for (LocalDateTime hour = board.from(); !hour.isAfter(board.to()); hour = hour.plusHours(1)) {
            int x = layout.x(hour);
            g.setColor(GRID);
            g.fillRect(x, top, 1, bottom - top);
            String label = hour.toLocalDate().isAfter(board.day()) && hour.getHour() == 0
                    ? "24" : String.valueOf(hour.getHour());
            g.setColor(INK);
            g.drawString(label, x - metrics.stringWidth(label) / 2, top - 10);
        }
    }

    private static void blocks(Graphics2D g, Lane lane, int index, DayLayout layout, Words words) {
        for (Block block : lane.blocks()) {
            if (block.cancelled()) {
                cancelled(g, block, index, layout, words);
            } else {
                live(g, block, index, layout, words);
            }
        }
    }

    private static void live(Graphics2D g, Block block, int index, DayLayout layout, Words words) {
        int x = layout.x(block.start()) + 1;
        int width = Math.max(3, layout.x(block.end()) - x - 1);
        int y = layout.laneTop(index) + 4;
        int height = DayLayout.MAIN_HEIGHT - 8;
        g.setColor(STATUS.get(block.status()));
        g.fillRoundRect(x, y, width, height, 10, 10);
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, width, height));
        g.setColor(Color.WHITE);
        int textWidth = width - 14;
        String client = block.client().isEmpty() ? words.get("no.client") : block.client();
        if (width < NARROW) {
            // an hour is ~77 px on a 14-hour day: the surname, players, start and a short status, shrunk to fit
            drawShrunk(g, true, client.split(" ")[0], x + 7, y + 24, textWidth, 21);
            drawShrunk(g, false, words.get("players", block.players()), x + 7, y + 49, textWidth, 19);
            drawShrunk(g, false, TIME.format(block.start()), x + 7, y + 74, textWidth, 19);
            drawShrunk(g, false, words.shortStatus(block.status()), x + 7, y + 99, textWidth, 19);
        } else {
            g.setFont(Fonts.bold(22));
            drawFitting(g, client, x + 7, y + 26, textWidth);
            g.setFont(Fonts.regular(20));
            drawFitting(g, words.get("players", block.players()) + " · " + words.gameType(block.gameType()), x + 7,
                    y + 51, textWidth);
            drawFitting(g, TIME.format(block.start()) + "–" + TIME.format(block.end()), x + 7, y + 76, textWidth);
            drawFitting(g, words.status(block.status()), x + 7, y + 100, textWidth);
        }
        g.setClip(clip);
    }

    private static void cancelled(Graphics2D g, Block block, int index, DayLayout layout, Words words) {
        int x = layout.x(block.start()) + 1;
        int width = Math.max(3, layout.x(block.end()) - x - 1);
        int y = layout.cancelledTop(index) + 3;
        int height = DayLayout.CANCELLED_HEIGHT - 6;
        Shape clip = g.getClip();
        g.clip(new Rectangle2D.Double(x, y, width, height));
        g.setColor(CANCELLED);
        g.fillRect(x, y, width, height);
        g.setColor(HATCH);
        g.setStroke(new BasicStroke(2));
        for (int offset = -height; offset < width; offset += 12) {
            g.drawLine(x + offset, y + height, x + offset + height, y);
        }
        g.setColor(INK);
        g.setFont(Fonts.regular(18));
        String client = block.client().isEmpty() ? words.get("no.client") : block.client();
        drawFitting(g, client + " · " + block.players(), x + 6, y + 24, width - 10);
        g.setClip(clip);
    }

    private static void now(Graphics2D g, LocalDateTime now, DayBoard board, DayLayout layout, Words words) {
        int x = layout.x(now);
        int top = layout.laneTop(0) - 6;
        int bottom = layout.laneBottom(board.lanes().size() - 1);
        g.setColor(NOW);
        g.fillRect(x - 1, top, 3, bottom - top);
        g.setFont(Fonts.bold(20));
        String label = words.get("now", TIME.format(now.truncatedTo(ChronoUnit.MINUTES)));
        int labelWidth = g.getFontMetrics().stringWidth(label);
        int labelX = Math.min(Math.max(x - labelWidth / 2, DayLayout.MARGIN), layout.width() - DayLayout.MARGIN - labelWidth);
        g.drawString(label, labelX, bottom + 26);
    }

    /** Draws {@code text} in the largest size from {@code size} down to {@value #SMALLEST} that fits, then cut. */
    private static void drawShrunk(Graphics2D g, boolean bold, String text, int x, int baseline, int maxWidth, int size) {
        for (int points = size; points >= SMALLEST; points--) {
            g.setFont(bold ? Fonts.bold(points) : Fonts.regular(points));
            if (g.getFontMetrics().stringWidth(text) <= maxWidth || points == SMALLEST) {
                break;
            }
        }
        drawFitting(g, text, x, baseline, maxWidth);
    }

    /** Draws {@code text} cut with an ellipsis to {@code maxWidth} pixels. */
    private static void drawFitting(Graphics2D g, String text, int x, int baseline, int maxWidth) {
        if (maxWidth <= 0) {
            return;
        }
        FontMetrics metrics = g.getFontMetrics();
        String shown = text;
        if (metrics.stringWidth(shown) > maxWidth) {
            int end = shown.length();
            while (end > 0 && metrics.stringWidth(shown.substring(0, end) + "…") > maxWidth) {
                end--;
            }
            shown = end == 0 ? "" : shown.substring(0, end) + "…";
        }
        g.drawString(shown, x, baseline);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JVM");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the day picture could not be encoded", e);
        }
        return out.toByteArray();
    }
}
