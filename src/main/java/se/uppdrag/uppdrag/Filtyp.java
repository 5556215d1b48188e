package se.uppdrag.uppdrag;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a region takes as an attachment, each with its file name endings and the MIME types browsers give
 * them (CSV is sent as Excel's type on machines with Excel installed, RTF under two names).
 */
public enum Filtyp {
    PDF(Set.of("pdf"), Set.of("application/pdf")),
    WORD(Set.of("doc", "docx"), Set.of("application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
    EXCEL(Set.of("xls", "xlsx"), Set.of("application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    POWERPOINT(Set.of("ppt", "pptx"), Set.of("application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation")),
    OPENDOCUMENT(Set.of("odt", "ods", "odp"), Set.of("application/vnd.oasis.opendocument.text",
            "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation")),
    BILD(Set.of("png", "jpg", "jpeg", "gif", "tif", "tiff"), Set.of("image/png", "image/jpeg", "image/gif", "image/tiff")),
    TEXT(Set.of("txt", "csv", "rtf"), Set.of("text/plain", "text/csv", "text/x-csv", "application/csv", "application/vnd.ms-excel",
            "application/rtf", "text/rtf"));

    /** What a browser sends when it does not know the type: not a claim about the content. */
    private static final Set<String> OKANDA = Set.of("", "application/octet-stream", "binary/octet-stream");
    private final Set<String> filandelser;
    private final Set<String> mimetyper;

    Filtyp(Set<String> filandelser, Set<String> mimetyper) {
        this.filandelser = filandelser;
        this.mimetyper = mimetyper;
    }

    /** The kind a file name ends in, if it is one taken. */
    public static Optional<Filtyp> av(String filnamn) {
        var andelse = filandelse(filnamn);
        return Arrays.stream(values()).filter(t -> t.filandelser.contains(andelse)).findFirst();
    }

    /** The ending of a file name, in lower case, without the dot; empty when it has none. */
    public static String filandelse(String filnamn) {
        var punkt = filnamn.lastIndexOf('.');
        return punkt < 0 || punkt == filnamn.length() - 1 ? "" : filnamn.substring(punkt + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the MIME type the browser gave (if any) fits this kind; an unknown type is left to the file name. */
    public boolean passar(String mimetyp) {
        var typ = mimetyp.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return OKANDA.contains(typ) || mimetyper.contains(typ);
    }

    /** The key of its name in the list of what is taken ("PDF", "Word"). */
    public String namnnyckel() {
        return "filtyp." + name();
    }

    /** Every ending and MIME type taken, for the upload's file chooser: ".pdf", "application/pdf", … */
    public static List<String> godtagna() {
        return Arrays.stream(values()).flatMap(t -> java.util.stream.Stream.concat(t.filandelser.stream().sorted().map(a -> "." + a),
                t.mimetyper.stream().sorted())).distinct().toList();
    }
}
