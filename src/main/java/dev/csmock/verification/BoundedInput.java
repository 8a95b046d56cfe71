package dev.csmock.verification;

import java.util.regex.Pattern;

/**
 * A value read by a client's regular expression with a budget of character reads, so that an
 * expression that backtracks catastrophically ({@code (a+)+b} on a long value) ends the
 * verification with a 400 instead of holding a worker thread for minutes.
 */
final class BoundedInput implements CharSequence {

    /** Character reads allowed per value: a linear expression over the longest value kept reads far fewer. */
    static final long BUDGET = 5_000_000;

    private final String text;
    private final long[] reads;

    private BoundedInput(String text, long[] reads) {
        this.text = text;
        this.reads = reads;
    }

    /** Whether the expression matches the whole value; throws {@link TooSlow} when it runs over its budget. */
    static boolean matches(Pattern pattern, String value) {
        return pattern.matcher(new BoundedInput(value, new long[1])).matches();
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > BUDGET) {
            throw new TooSlow();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedInput(text.substring(start, end), reads);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The expression ran over its budget on a value. */
    static final class TooSlow extends RuntimeException {
        TooSlow() {
            super(null, null, false, false);
        }
    }
}
