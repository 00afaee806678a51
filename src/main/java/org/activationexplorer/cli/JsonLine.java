package org.activationexplorer.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Builds one JSON object on one line; numbers in Locale.ROOT so a German desktop still writes "0.5". */
final class JsonLine {
    private final StringBuilder text = new StringBuilder("{");

    JsonLine put(String key, Object value) {
        if (text.length() > 1) {
            text.append(", ");
        }
        text.append(quote(key)).append(": ");
        append(value);
        return this;
    }

    private void append(Object value) {
        if (value instanceof JsonLine object) {
            text.append(object);
        } else if (value instanceof java.util.List<?> list) {
            text.append('[');
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ", ");
                append(list.get(i));
            }
            text.append(']');
        } else if (value instanceof Double d) {
            // 6 significant digits: enough for losses and rates, short enough to read
            text.append(Double.isFinite(d) ? new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros()
                    .toPlainString() : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else {
            text.append(quote(String.valueOf(value)));
        }
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    @Override
    public String toString() {
        return text + "}";
    }
}
