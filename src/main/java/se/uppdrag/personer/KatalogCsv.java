package se.uppdrag.personer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a directory file (docs/katalogimport.md): UTF-8 with or without BOM, semicolon-separated, a header row,
 * fields optionally in double quotes ("" for a quote). Refuses, at the upload field, what is no such file.
 */
final class KatalogCsv {

    static final int MAX_BYTE = 5 * 1024 * 1024;
    static final int MAX_RADER = 50_000;

    /** The header (lower case, trimmed) and the data lines, each with its line number in the file. */
    record Fil(List<String> rubriker, List<Rad> rader) {
    }

    record Rad(int nummer, List<String> falt) {
    }

    private KatalogCsv() {
    }

    static Fil las(byte[] innehall) {
        if (innehall.length == 0) {
            throw fel("katalog.fel.fil.tom");
        }
        if (innehall.length > MAX_BYTE) {
            throw fel("katalog.fel.fil.stor");
        }
        for (byte b : innehall) {
            if (b == 0) {
                throw fel("katalog.fel.fil.binar");
            }
        }
        var text = utf8(innehall);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var linjer = text.split("\r\n|\r|\n", -1);
        if (linjer.length > MAX_RADER + 2) {
            throw fel("katalog.fel.fil.rader", MAX_RADER);
        }
        var rubriker = delaUpp(linjer[0]).stream().map(r -> r.strip().toLowerCase(Locale.ROOT)).toList();
        if (rubriker.size() < 2) {
            throw fel("katalog.fel.fil.semikolon");
        }
        var rader = new ArrayList<Rad>();
        for (int i = 1; i < linjer.length; i++) {
            if (!linjer[i].isBlank()) {
                rader.add(new Rad(i + 1, delaUpp(linjer[i]).stream().map(String::strip).toList()));
            }
        }
        return new Fil(rubriker, rader);
    }

    private static String utf8(byte[] innehall) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(innehall)).toString();
        } catch (CharacterCodingException e) {
            throw fel("katalog.fel.fil.utf8");
        }
    }

    /** One line's fields: semicolon-separated, a field in double quotes may hold semicolons and "" for a quote. */
    static List<String> delaUpp(String linje) {
        var falt = new ArrayList<String>();
        var aktuellt = new StringBuilder();
        var iCitat = false;
        for (int i = 0; i < linje.length(); i++) {
            var c = linje.charAt(i);
            if (iCitat) {
                if (c == '"' && i + 1 < linje.length() && linje.charAt(i + 1) == '"') {
                    aktuellt.append('"');
                    i++;
                } else if (c == '"') {
                    iCitat = false;
                } else {
                    aktuellt.append(c);
                }
            } else if (c == '"' && aktuellt.toString().isBlank()) {
                iCitat = true;
                aktuellt.setLength(0);
            } else if (c == ';') {
                falt.add(aktuellt.toString());
                aktuellt.setLength(0);
            } else {
                aktuellt.append(c);
            }
        }
        falt.add(aktuellt.toString());
        return falt;
    }

    private static KatalogFelException fel(String nyckel, Object... argument) {
        return new KatalogFelException("fil", nyckel, argument);
    }
}
