// <uppdrag-processbild>: the uppdrag's BPMN process drawn with bpmn-js at full size, the steps passed and the
// current ones marked. The drawing is never shrunk to fit (its text would be unreadable): the element scrolls,
// and opens at the current step.
import Viewer from 'bpmn-js/lib/Viewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

// At least 14 px, labels outside the shapes too (bpmn-js would draw them at 12 and 11 px)
const TEXT = { fontFamily: 'Arial, sans-serif', fontSize: 14, lineHeight: 1.25 };
const MARGINAL = 24;

class UppdragProcessbild extends HTMLElement {
  set xml(value) { this._xml = value; this._rita(); }
  get xml() { return this._xml; }
  set aktiva(value) { this._aktiva = value ? value.split(',') : []; this._rita(); }
  set passerade(value) { this._passerade = value ? value.split(',') : []; this._rita(); }
  set felText(value) { this._felText = value; }

  connectedCallback() {
    if (!this._viewer) {
      this._container = document.createElement('div');
      this.appendChild(this._container);
      this._viewer = new Viewer({ container: this._container, textRenderer: { defaultStyle: TEXT, externalStyle: TEXT } });
    }
    this._rita();
  }

  async _rita() {
    if (!this._viewer || !this._xml) return;
    try {
      await this._viewer.importXML(this._xml);
      const canvas = this._viewer.get('canvas');
      this._fullStorlek(canvas);
      const markera = (ids, klass) => (ids || []).forEach((id) => { try { canvas.addMarker(id, klass); } catch (e) { /* not drawn */ } });
      markera(this._passerade, 'processbild-passerad');
      markera(this._aktiva, 'processbild-aktiv');
      this._visaAktuellt();
    } catch (fel) {
      this.textContent = this._felText || '';
    }
  }

  /** The container as large as the whole drawing at scale 1, so that this element scrolls over it. */
  _fullStorlek(canvas) {
    canvas.zoom(1, { x: 0, y: 0 });
    const inner = canvas.viewbox().inner;
    const bredd = Math.ceil(inner.width + 2 * MARGINAL);
    const hojd = Math.ceil(inner.height + 2 * MARGINAL);
    this._container.style.width = `${bredd}px`;
    this._container.style.height = `${hojd}px`;
    canvas.resized();
    canvas.viewbox({ x: inner.x - MARGINAL, y: inner.y - MARGINAL, width: bredd, height: hojd });
    this._origo = { x: inner.x - MARGINAL, y: inner.y - MARGINAL };
  }

  /** Scrolls the smallest current step (a task rather than the sub-process around it) into the middle. */
  _visaAktuellt() {
    const register = this._viewer.get('elementRegistry');
    const steg = (this._aktiva || []).map((id) => register.get(id)).filter((e) => e && e.width)
      .sort((a, b) => a.width * a.height - b.width * b.height)[0];
    if (!steg) return;
    this.scrollLeft = Math.max(0, steg.x - this._origo.x + steg.width / 2 - this.clientWidth / 2);
    this.scrollTop = Math.max(0, steg.y - this._origo.y + steg.height / 2 - this.clientHeight / 2);
  }
}

customElements.define('uppdrag-processbild', UppdragProcessbild);
