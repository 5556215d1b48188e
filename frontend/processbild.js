// <uppdrag-processbild>: the uppdrag's BPMN process drawn with bpmn-js, the steps passed and the current ones marked.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

class UppdragProcessbild extends HTMLElement {
  set xml(value) { this._xml = value; this._rita(); }
  get xml() { return this._xml; }
  set aktiva(value) { this._aktiva = value ? value.split(',') : []; this._rita(); }
  set passerade(value) { this._passerade = value ? value.split(',') : []; this._rita(); }

  connectedCallback() {
    if (!this._viewer) {
      this._container = document.createElement('div');
      this._container.style.height = '100%';
      this.appendChild(this._container);
      this._viewer = new NavigatedViewer({ container: this._container });
    }
    this._rita();
  }

  async _rita() {
    if (!this._viewer || !this._xml) return;
    try {
      await this._viewer.importXML(this._xml);
      const canvas = this._viewer.get('canvas');
      canvas.zoom('fit-viewport');
      const markera = (ids, klass) => (ids || []).forEach((id) => { try { canvas.addMarker(id, klass); } catch (e) { /* not drawn */ } });
      markera(this._passerade, 'processbild-passerad');
      markera(this._aktiva, 'processbild-aktiv');
    } catch (fel) {
      this.textContent = 'Processbilden kunde inte ritas.';
    }
  }
}

customElements.define('uppdrag-processbild', UppdragProcessbild);
