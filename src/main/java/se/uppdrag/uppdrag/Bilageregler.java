package se.uppdrag.uppdrag;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import se.uppdrag.text.OgiltigtVardeException;

/**
 * What an attachment may be: at most {@code uppdrag.bilaga.max-storlek} (default 20 MB) and of a {@link Filtyp} on the
 * list. The one place the size is set: the upload field, the text beside it, the web server's limits
 * ({@link BilagaKonfiguration}) and the service that stores attachments all read it here.
 */
@ConfigurationProperties("uppdrag.bilaga")
public record Bilageregler(DataSize maxStorlek) {

    public Bilageregler {
        maxStorlek = maxStorlek == null ? DataSize.ofMegabytes(20) : maxStorlek;
        if (maxStorlek.toBytes() <= 0 || maxStorlek.toBytes() > Integer.MAX_VALUE) {
            throw new OgiltigtVardeException("bilaga.fel.max-storlek-installning");
        }
    }

    public long maxByte() {
        return maxStorlek.toBytes();
    }

    /** The limit as people read it: "20 MB", "512 kB". */
    public String maxText() {
        var megabyte = maxStorlek.toMegabytes();
        return megabyte > 0 && DataSize.ofMegabytes(megabyte).equals(maxStorlek) ? megabyte + " MB"
                : Math.max(1, maxStorlek.toKilobytes()) + " kB";
    }

    /** Refuses a file that is too large or not of a kind on the list; a MIME type given must fit its ending. */
    public void kontrollera(String filnamn, @Nullable String mimetyp, long storlek) {
        if (storlek > maxByte()) {
            throw new BilagaAvvisadException("bilaga.for-stor", filnamn, maxText());
        }
        var andelse = Filtyp.filandelse(filnamn);
        var typ = Filtyp.av(filnamn).orElseThrow(() -> andelse.isEmpty()
                ? new BilagaAvvisadException("bilaga.utan-filandelse", filnamn)
                : new BilagaAvvisadException("bilaga.fel-filtyp", filnamn, "." + andelse));
        if (mimetyp != null && !typ.passar(mimetyp)) {
            throw new BilagaAvvisadException("bilaga.fel-innehall", filnamn, "." + andelse, mimetyp);
        }
    }

    public void kontrollera(Bilaga bilaga) {
        kontrollera(bilaga.filnamn(), bilaga.mimetyp(), bilaga.innehall().length);
    }
}
