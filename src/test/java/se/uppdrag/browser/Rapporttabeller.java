package se.uppdrag.browser;

import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report's tables as a person reads them: on screen (each grid of the report, its header and rows as drawn) and in
 * the downloaded spreadsheet (one sheet per table, after the first). Figures are compared by value, so that "1 250 000,50"
 * on screen is the same as the spreadsheet's number 1250000.5, and a date the same as its date cell.
 */
record Rapporttabeller(List<Tabell> tabeller) {

    /** A table's name (the grid's aria-label, or the sheet's name) and its rows, the header first. */
    record Tabell(String namn, List<List<String>> rader) {
    }

    private static final Pattern HELTAL = Pattern.compile("-?\\d{1,15}");
    private static final Pattern SVENSKT_TAL = Pattern.compile("[−-]?\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3}){0,4}(?:,\\d{1,4})?");

    /** The rows of a grid as drawn: each row in its order, each visible cell's text, the header row first. */
    private static final String GRIDENS_RADER = """
            g => { const text = c => { const s = c.querySelector('slot');
                     return s ? s.assignedElements({flatten: true}).map(e => e.innerText).join(' ').replace(/\\s+/g, ' ').trim() : ''; };
                   const celler = tr => [...tr.children].filter(c => !c.hidden && (c.localName === 'td' || c.localName === 'th')).map(text);
                   const huvud = g.shadowRoot.querySelector('#header tr');
                   const rader = [...g.shadowRoot.querySelectorAll('#items tr')]
                       .filter(tr => !tr.hidden && typeof tr.index === 'number' && tr.index < g.size)
                       .sort((a, b) => a.index - b.index);
                   return [celler(huvud), ...rader.map(celler)]; }""";

    /** Every table of the report shown in the page's {@code .rapport}, in order. */
    @SuppressWarnings("unchecked")
    static Rapporttabeller paSkarmen(Page sida) {
        var tabeller = new ArrayList<Tabell>();
        var grids = sida.locator(".rapport vaadin-grid");
        for (int i = 0; i < grids.count(); i++) {
            var grid = grids.nth(i);
            grid.scrollIntoViewIfNeeded();
            var namn = (String) grid.evaluate("g => g.accessibleName || g.getAttribute('aria-label')"
                    + " || g.shadowRoot.querySelector('table').getAttribute('aria-label')");
            tabeller.add(new Tabell(namn, (List<List<String>>) grid.evaluate(GRIDENS_RADER)));
        }
        return new Rapporttabeller(tabeller);
    }

    /** Every table sheet of the spreadsheet (all but the first, the summary), in order, each cell as its value reads. */
    static Rapporttabeller iArbetsboken(byte[] xlsx) {
        try (var bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var tabeller = new ArrayList<Tabell>();
            for (int b = 1; b < bok.getNumberOfSheets(); b++) {
                var blad = bok.getSheetAt(b);
                var rader = new ArrayList<List<String>>();
                for (var rad : blad) {
                    var celler = new ArrayList<String>();
                    for (int k = 0; k < rad.getLastCellNum(); k++) {
                        var cell = rad.getCell(k);
                        celler.add(cell == null ? "" : varde(cell));
                    }
                    rader.add(celler);
                }
                tabeller.add(new Tabell(blad.getSheetName(), rader));
            }
            return new Rapporttabeller(tabeller);
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    /** The tables with each cell as a value: numbers as plain decimals, the rest as their text with single spaces. */
    List<List<List<String>>> varden() {
        return tabeller.stream().map(t -> t.rader().stream().map(rad -> rad.stream().map(Rapporttabeller::varde).toList()).toList())
                .toList();
    }

    List<String> namn() {
        return tabeller.stream().map(Tabell::namn).toList();
    }

    /** The table with this name. */
    Tabell tabell(String namn) {
        return tabeller.stream().filter(t -> t.namn().equals(namn)).findFirst()
                .orElseThrow(() -> new AssertionError("Ingen tabell " + namn + " bland " + namn()));
    }

    /** A screen text as a value: a number written the Swedish way becomes the number, as the spreadsheet keeps it. */
    static String varde(String text) {
        var ren = text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
        if (HELTAL.matcher(ren).matches() || SVENSKT_TAL.matcher(ren).matches()) {
            return new BigDecimal(ren.replaceAll("[\\u00a0\\u202f ]", "").replace(',', '.').replace('−', '-'))
                    .stripTrailingZeros().toPlainString();
        }
        return ren;
    }

    private static String varde(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
        }
        return cell.getStringCellValue();
    }
}
