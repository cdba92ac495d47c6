package club.lasertag.crm.chat.input;

import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.money.Money;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as a person types it, in the club currency's major units with at most two decimals.
 *
 * <p>Accepted: {@code 12500}, {@code 12 500} (spaces, also no-break, between groups of three digits),
 * {@code 12500,50} and {@code 12500.5} (a decimal comma or point), an optional currency sign or word after it
 * ({@code ₽}, {@code р}, {@code р.}, {@code руб}, {@code rub}). Refused, with {@link InvalidInput} naming the
 * field and the text: shorthands such as {@code 12,5к} or {@code 12.5k} (an amount is written out in full, so a
 * typo cannot turn 12.5 into 12,500), signs ({@code -100}, {@code +5}), letters, a third decimal, thousands commas
 * ({@code 12,500} reads as 12.5 in Russian and is ambiguous: refused).
 */
public final class TypedAmount {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:[.,](\\d{1,2}))?\\s*(?:₽|р\\.?|руб\\.?|rub)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A typed amount with text after it: the amount, then a note. */
    private static final Pattern AMOUNT_AND_NOTE = Pattern.compile("(\\S+(?:[ \\u00A0\\u202F]\\d{3})*(?:[.,]\\d{1,2})?(?:\\s*₽)?)(?:\\s+(.*))?",
            Pattern.DOTALL);
    private static final int MAX_DIGITS = 12;

    private TypedAmount() {
    }

    /** The amount, or an {@link InvalidInput} of {@code field} (NOT_A_NUMBER with the typed text). */
    public static Money parse(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher matcher = AMOUNT.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_A_NUMBER, text);
        }
        String whole = matcher.group(1).replaceAll("[ \\u00A0\\u202F]", "");
        if (whole.length() > MAX_DIGITS) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_A_NUMBER, text);
        }
        String fraction = matcher.group(2) == null ? "" : matcher.group(2);
        long minor = Long.parseLong(whole) * 100 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "0").substring(0, 2)));
        return Money.ofMinor(minor);
    }

    /** An amount followed by an optional note: {@code "5 000 аванс по телефону"}. */
    public record WithNote(Money amount, String note) {
    }

    /**
     * The amount at the start of {@code raw} (by {@link #parse}'s rules) and the rest as a note: the amount ends
     * at the first space not followed by a group of three digits.
     */
    public static WithNote parseWithNote(String field, String raw) {
        String text = raw == null ? "" : raw.strip();
        Matcher matcher = AMOUNT_AND_NOTE.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInput(field, InvalidInput.Problem.NOT_A_NUMBER, text);
        }
        String note = matcher.group(2) == null ? "" : matcher.group(2).strip();
        String amount = matcher.group(1);
        if (note.toLowerCase(Locale.ROOT).matches("(₽|р\\.?|руб\\.?|rub)(\\s.*)?")) { // "5000 руб аванс"
            String[] parts = note.split("\\s+", 2);
            amount = amount + parts[0];
            note = parts.length > 1 ? parts[1] : "";
        }
        return new WithNote(parse(field, amount), note);
    }
}
