// The story page: reads the HTTP API of this app (same origin) and draws with Cytoscape.js (served from its WebJar).
// Every text from the graph goes into the page as text (textContent), never as HTML.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const state = {
    story: null,          // the story graph as loaded, without asOf
    asOf: null,           // null: the whole story
    asOfAnswer: null,     // the story graph as of state.asOf
    character: null,      // the selected character id
    cy: null,
    styles: { nodes: {}, relationships: {} },
    texts: new Map(),     // document id -> text answer (or problem)
    seq: 0,               // answers to an older slider position are dropped
  };
  const LARGE = 80;       // from this many characters on, labels thin out and the layout does fewer rounds

  // ---- small helpers --------------------------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  class Problem extends Error {
    constructor(status, title, detail) {
      super(detail || title);
      this.status = status;
      this.title = title;
    }
  }

  async function api(path) {
    const response = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Problem(response.status, body && body.title || response.statusText, body && body.detail);
    }
    return body;
  }

  /** A path segment for a character id ("story/slug"): the API takes it as it is, slash included. */
  const idPath = (id) => id.split('/').map(encodeURIComponent).join('/');

  function say(text) {
    const m = $('message');
    m.textContent = text || '';
    m.hidden = !text;
  }

  const words = (s) => (s || '').toLowerCase().replace(/_/g, ' ');
  const nameOf = (id) => {
    const n = state.story && state.story.elements.nodes.find((x) => x.data.id === id);
    return n ? n.data.label : id;
  };

  // ---- colours: the Neo4j Browser style of this app (one source for both) ----------------------------------------

  function parseGrass(text) {
    const styles = { nodes: {}, relationships: {} };
    const rule = /([A-Za-z_][\w.]*)\s*\{([^}]*)\}/g;
    let m;
    while ((m = rule.exec(text)) !== null) {
      const props = {};
      for (const p of m[2].split(';')) {
        const i = p.indexOf(':');
        if (i > 0) props[p.slice(0, i).trim()] = p.slice(i + 1).trim().replace(/^"|"$/g, '');
      }
      const [kind, name] = m[1].split('.');
      const bucket = kind === 'node' ? styles.nodes : kind === 'relationship' ? styles.relationships : null;
      if (bucket) bucket[name || '*'] = props;
    }
    return styles;
  }

  function relStyle(type) {
    const all = state.styles.relationships;
    return Object.assign({ color: '#A5ABB6', 'shaft-width': '1px' }, all['*'], all[type]);
  }

  function nodeStyle() {
    const all = state.styles.nodes;
    return Object.assign({ color: '#8E44AD', 'border-color': '#6C3483' }, all['*'], all.Character);
  }

  // ---- the graph --------------------------------------------------------------------------------------------------

  function cyStyle(large) {
    const node = nodeStyle();
    const style = [
      { selector: 'node', style: {
        'background-color': node.color, 'border-color': node['border-color'], 'border-width': 2,
        label: 'data(label)', color: '#1d2330', 'font-size': large ? 'mapData(weight, 0, 1, 6, 18)' : 15, 'text-valign': 'bottom',
        'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 160,
        'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'text-background-padding': 1,
        // Labels thin out: a label drawn smaller than this on screen is left out until one zooms in.
        'min-zoomed-font-size': large ? 8 : 5,
        width: large ? 'mapData(weight, 0, 1, 18, 46)' : 'mapData(weight, 0, 1, 26, 60)',
        height: large ? 'mapData(weight, 0, 1, 18, 46)' : 'mapData(weight, 0, 1, 26, 60)',
      } },
      { selector: 'edge', style: {
        'curve-style': large ? 'haystack' : 'bezier', 'target-arrow-shape': large ? 'none' : 'triangle',
        'arrow-scale': 0.8, width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        label: large ? '' : 'data(label)', 'font-size': large ? 7 : 10, 'text-rotation': 'autorotate', color: '#5b6472',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'min-zoomed-font-size': 7,
      } },
      { selector: 'node:selected', style: { 'border-color': '#1d2330', 'border-width': 4 } },
      { selector: 'edge:selected', style: { 'underlay-color': '#2e86c1', 'underlay-opacity': 0.35, 'underlay-padding': 4, label: 'data(label)' } },
      { selector: '.faded', style: { opacity: 0.18 } },
      { selector: '.later', style: { opacity: 0.08 } },
      { selector: '.path', style: { 'underlay-color': '#f1c40f', 'underlay-opacity': 0.7, 'underlay-padding': 6, opacity: 1, label: 'data(label)', 'z-index': 10 } },
      { selector: 'node.focus', style: { label: 'data(label)', 'min-zoomed-font-size': 0, 'z-index': 20 } },
    ];
    return style;
  }

  function elementsOf(story) {
    const max = Math.max(1, ...story.elements.nodes.map((n) => n.data.mentions || 1));
    const nodes = story.elements.nodes.map((n) => ({
      group: 'nodes',
      data: Object.assign({}, n.data, { weight: Math.sqrt((n.data.mentions || 1) / max) }),
    }));
    const edges = story.elements.edges.map((e) => {
      const s = relStyle(e.data.label);
      return {
        group: 'edges',
        data: Object.assign({}, e.data, { color: s.color, width: Math.max(1.2, parseFloat(s['shaft-width']) || 1) }),
      };
    });
    return nodes.concat(edges);
  }

  /** Start positions on an ellipse of the graph area's shape, most mentioned first. */
  function circle(story) {
    const n = story.elements.nodes.length;
    const box = $('graph').getBoundingClientRect();
    const aspect = box.height > 0 ? Math.min(3, Math.max(0.5, box.width / box.height)) : 1.5;
    const r = 40 * Math.max(3, Math.sqrt(n) * 2);
    const positions = {};
    story.elements.nodes.forEach((node, i) => {
      positions[node.data.id] = { x: r * aspect * Math.cos(2 * Math.PI * i / n), y: r * Math.sin(2 * Math.PI * i / n) };
    });
    return positions;
  }

  function drawGraph(story) {
    const large = story.elements.nodes.length >= LARGE;
    if (state.cy) state.cy.destroy();
    const cy = cytoscape({
      container: $('graph'),
      elements: elementsOf(story),
      style: cyStyle(large),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 2.5,
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      motionBlur: false,
      layout: { name: 'preset', positions: circle(story), fit: false },
    });
    // A force-directed layout from the same start every time: a story looks the same on each visit.
    const t0 = performance.now();
    cy.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => (large ? 8000 : 6000),
      idealEdgeLength: () => (large ? 60 : 55), edgeElasticity: () => 100, gravity: large ? 1 : 0.4,
      componentSpacing: 60, numIter: large ? 300 : 2000, padding: 24, nodeDimensionsIncludeLabels: !large }).run();
    cy.resize();
    cy.fit(cy.elements(), 24);
    document.body.dataset.layoutMs = String(Math.round(performance.now() - t0));
    cy.on('tap', 'node', (ev) => selectCharacter(ev.target.id(), {}));
    cy.on('tap', 'edge', (ev) => selectRelationship(ev.target.data()));
    cy.on('tap', (ev) => { if (ev.target === cy) clearSelection(); });
    const tip = $('tooltip');
    cy.on('mouseover', 'node', (ev) => {
      const d = ev.target.data();
      tip.replaceChildren(el('strong', { text: d.label }),
        d.actors && d.actors.length ? el('div', { text: 'played by ' + d.actors.join(', ') }) : null,
        d.aliases && d.aliases.length ? el('div', { text: 'also ' + d.aliases.join(', ') }) : null);
      const p = ev.target.renderedPosition();
      tip.style.left = (p.x + 12) + 'px';
      tip.style.top = (p.y + 12) + 'px';
      tip.hidden = false;
      ev.target.addClass('focus');
    });
    cy.on('mouseout', 'node', (ev) => { tip.hidden = true; ev.target.removeClass('focus'); });
    cy.on('viewport', () => { tip.hidden = true; });
    state.cy = cy;
    window.storyGraph = cy; // for the browser test and for anyone curious in the console
  }

  function drawLegend(story) {
    const types = [...new Set(story.elements.edges.map((e) => e.data.label))].sort();
    $('legend').replaceChildren(...types.map((t) => {
      const s = relStyle(t);
      return el('li', {}, el('span', { class: 'swatch', style: `background:${s.color};height:${Math.max(2, parseFloat(s['shaft-width']) || 1)}px` }), words(t));
    }));
  }

  // ---- stories ----------------------------------------------------------------------------------------------------

  function storyFromLocation() {
    const m = location.pathname.match(/^\/stories\/([^/]+)\/?$/);
    return m ? decodeURIComponent(m[1]) : null;
  }

  async function start() {
    try {
      const grass = await fetch('/browser/style.grass').then((r) => (r.ok ? r.text() : ''));
      state.styles = parseGrass(grass);
    } catch (e) { /* default colours */ }
    let stories;
    try {
      stories = await api('/api/stories');
    } catch (e) {
      say('Cannot list the stories: ' + e.message);
      return;
    }
    const picker = $('story');
    picker.replaceChildren(...stories.map((s) => el('option', { value: s.id, text: s.name || s.id })));
    if (stories.length === 0) {
      say('The graph holds no stories yet. Load an article (put it in seeds/ and restart, or POST /api/documents).');
      return;
    }
    const wanted = storyFromLocation();
    const chosen = stories.find((s) => s.id === wanted) || stories[0];
    if (wanted && chosen.id !== wanted) say('No story "' + wanted + '"; showing ' + (chosen.name || chosen.id) + '.');
    picker.value = chosen.id;
    picker.addEventListener('change', () => {
      history.pushState(null, '', '/stories/' + encodeURIComponent(picker.value));
      loadStory(picker.value, {});
    });
    window.addEventListener('popstate', () => {
      const id = storyFromLocation();
      if (id && id !== (state.story && state.story.id)) { picker.value = id; loadStory(id, {}); }
    });
    const params = new URLSearchParams(location.search);
    await loadStory(chosen.id, { character: params.get('character'), asOf: params.get('asOf') });
    if (location.pathname === '/' || chosen.id !== wanted) {
      history.replaceState(null, '', '/stories/' + encodeURIComponent(chosen.id) + location.search);
    }
  }

  async function loadStory(id, options) {
    document.body.dataset.state = 'loading';
    let story;
    try {
      story = await api('/api/stories/' + encodeURIComponent(id) + '/graph');
    } catch (e) {
      say('Cannot load the story: ' + e.message);
      $('message').append(' ', el('button', { type: 'button', onclick: () => loadStory(id, options) }, 'Try again'));
      document.body.dataset.state = 'error';
      return;
    }
    say(story.truncated ? `This story has ${story.characters} characters; the graph shows the `
      + `${story.elements.nodes.length} most mentioned.` : '');
    state.story = story;
    state.asOf = null;
    state.asOfAnswer = story;
    state.character = null;
    $('story-counts').textContent = `${story.characters} characters, ${story.elements.edges.length} relationships, `
      + `${story.secrets.length} secrets`;
    drawGraph(story);
    drawLegend(story);
    drawCharacterList(story);
    drawPathForm(story);
    const slider = $('asof');
    slider.max = String(story.sentences);
    slider.value = String(story.sentences);
    updateAsOfLabel();
    drawSecrets();
    resetDetails();
    $('path-result').replaceChildren();
    const asOf = options.asOf !== null && options.asOf !== undefined && /^\d+$/.test(options.asOf) ? Number(options.asOf) : null;
    if (asOf !== null && asOf < story.sentences) {
      slider.value = String(asOf);
      updateAsOfLabel();
      await applyAsOf(asOf);
    }
    if (options.character && story.elements.nodes.some((n) => n.data.id === options.character)) {
      await selectCharacter(options.character, {});
    }
    document.body.dataset.state = 'ready';
  }

  // ---- characters -------------------------------------------------------------------------------------------------

  function drawCharacterList(story) {
    const nodes = story.elements.nodes.slice().sort((a, b) => (a.data.label || '').localeCompare(b.data.label || '', undefined, { numeric: true }));
    $('character-list').replaceChildren(...nodes.map((n) => el('li', {},
      el('button', {
        type: 'button', 'aria-pressed': 'false', dataset: { id: n.data.id },
        title: n.data.actors && n.data.actors.length ? 'played by ' + n.data.actors.join(', ') : null,
        onclick: () => selectCharacter(n.data.id, { scroll: true }),
      }, n.data.label || n.data.id))));
    const filter = $('character-filter');
    filter.value = '';
    filter.oninput = () => {
      const q = filter.value.trim().toLowerCase();
      for (const b of $('character-list').querySelectorAll('button')) {
        const n = story.elements.nodes.find((x) => x.data.id === b.dataset.id);
        const hay = [n.data.label, ...(n.data.aliases || []), ...(n.data.actors || [])].join(' ').toLowerCase();
        b.parentElement.hidden = q !== '' && !hay.includes(q);
      }
    };
  }

  function markPressed(id) {
    for (const b of $('character-list').querySelectorAll('button')) {
      b.setAttribute('aria-pressed', String(b.dataset.id === id));
    }
  }

  function focusOnGraph(id) {
    const cy = state.cy;
    cy.elements().removeClass('faded').unselect();
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    node.select();
    cy.animate({ center: { eles: node }, duration: 250 });
  }

  function clearSelection() {
    state.character = null;
    state.cy.elements().removeClass('faded').unselect();
    markPressed(null);
    remember();
  }

  function resetDetails() {
    $('details').replaceChildren(el('h2', { id: 'details-title', text: 'Facts' }),
      el('p', { class: 'muted', text: 'Click a character or a relationship on the graph, or pick a character below, '
        + 'to see its facts and the sentences they come from.' }));
  }

  async function selectCharacter(id, options) {
    state.character = id;
    markPressed(id);
    focusOnGraph(id);
    remember();
    const details = $('details');
    details.dataset.character = id;
    details.replaceChildren(el('h2', { id: 'details-title', text: nameOf(id) }), el('p', { class: 'muted', text: 'Loading…' }));
    let character, knowledge;
    try {
      [character, knowledge] = await Promise.all([
        api('/api/characters/' + idPath(id)),
        api('/api/characters/' + idPath(id) + '/knowledge' + (state.asOf === null ? '' : '?asOf=' + state.asOf)),
      ]);
    } catch (e) {
      details.replaceChildren(el('h2', { id: 'details-title', text: nameOf(id) }), el('p', { text: e.message }));
      return;
    }
    if (state.character !== id) return;
    const facts = [];
    for (const r of character.outgoing) facts.push(factView(character, r, true));
    for (const r of character.incoming) facts.push(factView(character, r, false));
    details.replaceChildren(
      el('h2', { id: 'details-title', text: character.name }),
      el('p', { class: 'muted' },
        character.actors.length ? 'Played by ' + character.actors.join(', ') + '. ' : '',
        character.aliases.length ? 'Also called ' + character.aliases.join(', ') + '. ' : '',
        character.mentions ? `Mentioned ${character.mentions} times.` : ''),
      el('h3', { text: `Facts (${facts.length})` }),
      facts.length ? el('div', { class: 'facts' }, facts) : el('p', { class: 'muted', text: 'No relationships found.' }),
      knowledgeView(knowledge));
    // On a phone the facts are below the graph: a pick from the list or the facts scrolls to them.
    if (options.scroll && window.matchMedia('(max-width: 760px)').matches) details.scrollIntoView({ block: 'start' });
  }

  /** One relationship with its status, confidence and every supporting sentence. */
  function factView(character, r, outgoing) {
    const me = character.name;
    const other = el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); selectCharacter(r.other.id, { scroll: true }); } }, r.other.name || r.other.id);
    const s = relStyle(r.type);
    const type = el('span', { class: 'type', style: `background:${s.color}`, text: r.type });
    const head = outgoing ? [me, ' ', type, ' ', other] : [other, ' ', type, ' ', me];
    const sentences = (r.evidence || []).map((e) => e.sentence).filter((x) => x !== undefined && x !== null);
    const later = state.asOf !== null && sentences.length > 0 && Math.min(...sentences) >= state.asOf;
    return el('div', { class: 'fact' + (later ? ' later' : ''), dataset: { type: r.type, other: r.other.id, direction: outgoing ? 'out' : 'in' } },
      el('div', { class: 'fact-head' }, head,
        later ? el('span', { class: 'badge', text: 'later in the story' }) : null,
        r.status ? el('span', { class: 'badge ' + r.status, text: words(r.status) }) : null,
        r.confidence !== undefined && r.confidence !== null ? el('span', { class: 'badge', text: 'confidence ' + r.confidence.toFixed(2) }) : null,
        r.accidental ? el('span', { class: 'badge', text: 'accidental' }) : null),
      evidenceList(r.evidence));
  }

  function evidenceList(evidence) {
    return el('ul', { class: 'evidence' }, (evidence || []).map((e) => el('li', {},
      el('blockquote', { text: e.quote }),
      el('span', { class: 'meta' },
        [e.sentence !== undefined && e.sentence !== null ? 'sentence ' + e.sentence : null,
          e.how ? words(e.how) : null, e.status ? words(e.status) : null,
          e.confidence !== undefined && e.confidence !== null ? 'confidence ' + e.confidence.toFixed(2) : null,
          e.rule ? 'rule ' + e.rule : null].filter(Boolean).join(' · '), ' ',
        whyLink(e)))));
  }

  function whyLink(e) {
    if (!e.document) return null;
    return el('a', { href: '#', class: 'why', onclick: (ev) => { ev.preventDefault(); openReader(e, ev.currentTarget); } },
      'why do you say that?');
  }

  function knowledgeView(k) {
    const when = state.asOf === null ? '' : ` (before sentence ${state.asOf})`;
    const item = (text, extra) => el('li', {}, text, extra ? el('span', { class: 'muted', text: ' — ' + extra }) : null);
    return el('div', { class: 'knowledge' },
      el('h3', { text: 'Knew' + when }),
      k.knew.length ? el('ul', { class: 'knew' }, k.knew.map((x) => item(x.statement,
        [words(x.how), x.order !== undefined && x.order !== null ? 'from sentence ' + x.order : null, x.when].filter(Boolean).join(', ')))) : el('p', { class: 'muted', text: 'No secret.' }),
      k.kept.length ? [el('h3', { text: 'Kept' }), el('ul', {}, k.kept.map((x) => item(x.statement)))] : null,
      k.keptFrom.length ? [el('h3', { text: 'Kept from them' + when }), el('ul', { class: 'kept-from' }, k.keptFrom.map((x) => item(x.statement,
        ['by ' + x.keepers.map((c) => c.name).join(', '), x.learnedHow ? 'learned it later (' + words(x.learnedHow) + ', sentence ' + x.learnedAt + ')' : null].filter(Boolean).join('; '))))] : null);
  }

  /** A relationship clicked on the graph: its facts, read from the character it starts at. */
  async function selectRelationship(edge) {
    const details = $('details');
    const head = `${nameOf(edge.source)} ${edge.label} ${nameOf(edge.target)}`;
    details.dataset.character = '';
    details.replaceChildren(el('h2', { id: 'details-title', text: head }), el('p', { class: 'muted', text: 'Loading…' }));
    try {
      const from = await api('/api/characters/' + idPath(edge.source));
      const r = from.outgoing.find((x) => x.type === edge.label && x.other.id === edge.target);
      details.replaceChildren(el('h2', { id: 'details-title', text: head }),
        r ? factView(from, r, true) : el('p', { text: 'This relationship is no longer in the graph.' }));
    } catch (e) {
      details.replaceChildren(el('h2', { id: 'details-title', text: head }), el('p', { text: e.message }));
    }
  }

  // ---- the article, with the sentence highlighted -------------------------------------------------------------------

  async function openReader(e, opener) {
    const dialog = $('reader');
    const text = $('reader-text');
    $('reader-title').textContent = 'The article';
    $('reader-meta').textContent = 'Loading…';
    text.replaceChildren();
    if (!dialog.open) dialog.showModal();
    dialog.opener = opener;
    let doc = state.texts.get(e.document);
    if (!doc) {
      try {
        doc = await api('/api/documents/' + encodeURIComponent(e.document) + '/text');
      } catch (problem) {
        doc = { problem };
      }
      state.texts.set(e.document, doc);
    }
    if (doc.problem) {
      $('reader-title').textContent = e.document;
      $('reader-meta').textContent = doc.problem.message;
      text.replaceChildren(el('mark', { tabindex: '-1', text: e.quote }));
      return;
    }
    $('reader-title').textContent = doc.title || doc.id;
    let start = e.start, end = e.end;
    if (start === undefined || start === null || doc.text.slice(start, end) !== e.quote) {
      start = e.quote ? doc.text.indexOf(e.quote) : -1;
      end = start < 0 ? -1 : start + e.quote.length;
    }
    $('reader-meta').textContent = [doc.source, e.sentence !== undefined && e.sentence !== null ? 'sentence ' + e.sentence : null]
      .filter(Boolean).join(' · ');
    if (start < 0) {
      text.replaceChildren(el('p', { class: 'muted', text: 'This sentence is not in the article as stored:' }),
        el('mark', { tabindex: '-1', text: e.quote }), '\n\n', doc.text);
    } else {
      text.replaceChildren(doc.text.slice(0, start), el('mark', { tabindex: '-1', text: doc.text.slice(start, end) }),
        doc.text.slice(end));
    }
    const mark = text.querySelector('mark');
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }

  function closeReader() {
    const dialog = $('reader');
    dialog.close();
  }

  // ---- path finder ----------------------------------------------------------------------------------------------

  function drawPathForm(story) {
    const nodes = story.elements.nodes.slice().sort((a, b) => (a.data.label || '').localeCompare(b.data.label || '', undefined, { numeric: true }));
    for (const [id, pick] of [['path-from', 0], ['path-to', 1]]) {
      const select = $(id);
      select.replaceChildren(...nodes.map((n) => el('option', { value: n.data.id, text: n.data.label || n.data.id })));
      if (nodes[pick]) select.value = nodes[pick].data.id;
    }
  }

  async function showPath(ev) {
    ev.preventDefault();
    const from = $('path-from').value, to = $('path-to').value;
    const out = $('path-result');
    state.cy.elements().removeClass('path');
    if (!from || !to) return;
    if (from === to) { out.replaceChildren(el('p', { text: 'Pick two different characters.' })); return; }
    out.replaceChildren(el('p', { class: 'muted', text: 'Looking…' }));
    let answer;
    try {
      answer = await api(`/api/paths/shortest?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`
        + `&story=${encodeURIComponent(state.story.id)}`);
    } catch (e) {
      out.replaceChildren(el('p', { class: 'no-path', text: e.status === 404 ? `No chain of relationships links ${nameOf(from)} and ${nameOf(to)}.` : e.message }));
      return;
    }
    const path = answer.paths[0];
    const cy = state.cy;
    cy.elements().removeClass('faded');
    for (const c of path.characters) cy.getElementById(c.id).addClass('path');
    for (const h of path.hops) {
      const [s, t] = h.direction === 'IN' ? [h.to.id, h.from.id] : [h.from.id, h.to.id];
      cy.edges().filter((e) => e.data('source') === s && e.data('target') === t && e.data('label') === h.type).addClass('path');
    }
    cy.animate({ fit: { eles: cy.elements('.path'), padding: 60 }, duration: 300 });
    out.replaceChildren(el('p', { text: `${path.length} step${path.length === 1 ? '' : 's'}:` }),
      el('ol', { class: 'hops' }, path.hops.map((h) => {
        const [a, b] = h.direction === 'IN' ? [h.to, h.from] : [h.from, h.to];
        return el('li', { class: 'hop' },
          el('div', { class: 'fact-head' }, a.name, ' ', el('span', { class: 'type', style: `background:${relStyle(h.type).color}`, text: h.type }), ' ', b.name,
            h.status ? el('span', { class: 'badge ' + h.status, text: words(h.status) }) : null),
          h.quote ? evidenceList([{ quote: h.quote, document: h.document, sentence: h.sentence, status: null }]) : null);
      })));
  }

  // ---- who knew what, when ----------------------------------------------------------------------------------------

  const HOW = { TOOK_PART: 'took part', CONFESSED: 'confessed', TOLD: 'was told', DISCOVERED: 'discovered', DEDUCED: 'deduced' };

  function drawSecrets() {
    const story = state.story;
    const asOfSecrets = new Map((state.asOfAnswer || story).secrets.map((s) => [s.id, s]));
    const span = Math.max(1, story.sentences);
    const frac = (order) => Math.min(order, span) / span;
    const pos = (order) => (100 * frac(order)).toFixed(2) + '%';
    if (story.secrets.length === 0) {
      $('secret-list').replaceChildren(el('p', { class: 'muted', text: 'No secrets found in this story.' }));
      return;
    }
    // The secrets that reached the most characters first, then in the order they came out.
    const first = (s) => Math.min(Infinity, ...s.knowers.map((k) => (k.order === undefined || k.order === null ? Infinity : k.order)));
    const secrets = story.secrets.slice().sort((a, b) => b.knowers.length - a.knowers.length || first(a) - first(b)
      || a.id.localeCompare(b.id));
    const laneWidth = Math.max(200, $('secret-list').clientWidth - 24);
    $('secret-list').replaceChildren(el('ul', { class: 'how-legend', 'aria-label': 'How they learned it' },
      Object.entries(HOW).map(([how, text]) => el('li', {}, el('span', { class: 'dot how-' + how }), text))),
    ...secrets.map((s) => {
      const then = asOfSecrets.get(s.id) || { knowers: [] };
      const knewThen = new Map(then.knowers.map((k) => [k.character.id, k]));
      // Names above the line, in as many rows as it takes for them not to overlap.
      const rowsEnd = [];
      const placed = s.knowers.map((k) => {
        const at = k.order === undefined || k.order === null ? span : k.order;
        const x = frac(at) * laneWidth;
        const w = (k.character.name || '').length * 6.2 + 10;
        const align = x < w / 2 ? 'start' : x > laneWidth - w / 2 ? 'end' : 'middle';
        const left = align === 'start' ? x : align === 'end' ? x - w : x - w / 2;
        let row = rowsEnd.findIndex((end) => end <= left);
        if (row < 0) { row = rowsEnd.length; rowsEnd.push(0); }
        rowsEnd[row] = left + w;
        return { k, at, row, align };
      });
      const lane = el('div', { class: 'lane', role: 'group', 'aria-label': 'When each character learned it',
        style: `height:${1.3 + rowsEnd.length * 0.95}rem` },
        state.asOf === null ? null : el('div', { class: 'cursor', style: `left:${pos(state.asOf)}` }));
      for (const { k, at, row, align } of placed) {
        const known = knewThen.has(k.character.id);
        const label = `${k.character.name} ${HOW[k.how] || words(k.how)}` + (k.order === undefined || k.order === null ? '' : `, sentence ${k.order}`)
          + (k.when ? ` (${k.when})` : '');
        lane.append(el('button', {
          type: 'button', class: `mark how-${k.how}` + (known ? '' : ' later'), style: `left:${pos(at)}`,
          title: label, 'aria-label': label, onclick: () => showKnower(s, k),
        }));
        lane.append(el('span', { class: 'mark-label ' + align, style: `left:${pos(at)};bottom:${0.8 + row * 0.95}rem`, text: k.character.name }));
      }
      const knew = s.knowers.filter((k) => knewThen.has(k.character.id));
      const notYet = s.knowers.filter((k) => !knewThen.has(k.character.id));
      const howOf = (k) => {
        const t = knewThen.get(k.character.id) || k;
        return `${HOW[t.how] || words(t.how)}` + (t.order === undefined || t.order === null ? '' : ` at sentence ${t.order}`);
      };
      return el('article', { class: 'secret', dataset: { secret: s.id } },
        el('h3', {}, s.statement || s.id, ' ', el('span', { class: 'kind', text: words(s.kind) }),
          s.keepers.length ? el('span', { class: 'keepers', text: ' · kept by ' + s.keepers.map((c) => c.name).join(', ') }) : null),
        el('div', { class: 'lane-wrap' }, lane,
          el('div', { class: 'axis muted' }, el('span', { text: 'sentence 0' }), el('span', { text: `sentence ${span}` }))),
        el('div', { class: 'knew-lists' },
          el('div', {}, el('strong', { text: state.asOf === null ? 'Knew' : `Knew before sentence ${state.asOf}` }),
            knew.length ? el('ul', { class: 'knew' }, knew.map((k) => el('li', { dataset: { id: k.character.id } }, k.character.name, el('span', { class: 'muted', text: ' — ' + howOf(k) }))))
              : el('p', { class: 'muted', text: 'Nobody yet.' })),
          notYet.length ? el('div', {}, el('strong', { text: 'Not yet' }),
            el('ul', { class: 'not-yet' }, notYet.map((k) => el('li', { dataset: { id: k.character.id } }, k.character.name, el('span', { class: 'muted', text: ' — ' + howOf(k) }))))) : null),
        el('div', { class: 'knower-evidence', 'aria-live': 'polite' }));
    }));
  }

  async function showKnower(secret, knower) {
    const box = document.querySelector(`[data-secret="${CSS.escape(secret.id)}"] .knower-evidence`);
    box.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    try {
      const detail = await api('/api/secrets/' + idPath(secret.id));
      const k = detail.knowers.find((x) => x.character.id === knower.character.id);
      box.replaceChildren(el('p', {}, el('strong', { text: knower.character.name }), ` ${HOW[knower.how] || words(knower.how)}:`),
        evidenceList(k ? k.evidence : []));
    } catch (e) {
      box.replaceChildren(el('p', { text: e.message }));
    }
  }

  // ---- as of a point of the story ---------------------------------------------------------------------------------

  function updateAsOfLabel() {
    const v = Number($('asof').value), max = state.story ? state.story.sentences : 0;
    $('asof-label').textContent = v >= max ? 'the whole story' : `before sentence ${v} of ${max}`;
    $('asof').setAttribute('aria-valuetext', $('asof-label').textContent);
  }

  async function applyAsOf(v) {
    const story = state.story;
    const asOf = v >= story.sentences ? null : v;
    const seq = ++state.seq;
    let answer = story;
    if (asOf !== null) {
      try {
        answer = await api('/api/stories/' + encodeURIComponent(story.id) + '/graph?asOf=' + asOf);
      } catch (e) {
        say('Cannot show the story as of sentence ' + asOf + ': ' + e.message);
        return;
      }
    }
    if (seq !== state.seq) return;
    state.asOf = asOf;
    state.asOfAnswer = answer;
    const shown = new Set(answer.elements.nodes.map((n) => n.data.id).concat(answer.elements.edges.map((e) => e.data.id)));
    state.cy.batch(() => {
      state.cy.elements().forEach((e) => { if (shown.has(e.id())) e.removeClass('later'); else e.addClass('later'); });
    });
    for (const b of $('character-list').querySelectorAll('button')) b.classList.toggle('later', !shown.has(b.dataset.id));
    drawSecrets();
    remember();
    document.body.dataset.asof = asOf === null ? '' : String(asOf);
    if (state.character) {
      const id = state.character;
      try {
        const k = await api('/api/characters/' + idPath(id) + '/knowledge' + (asOf === null ? '' : '?asOf=' + asOf));
        const old = $('details').querySelector('.knowledge');
        if (old && state.character === id && seq === state.seq) old.replaceWith(knowledgeView(k));
      } catch (e) { /* the facts stay */ }
    }
  }

  let timer = null;
  function onSlider() {
    updateAsOfLabel();
    clearTimeout(timer);
    timer = setTimeout(() => applyAsOf(Number($('asof').value)), 120);
  }

  /** The address says what is shown (character, asOf), so it can be shared or reloaded. */
  function remember() {
    if (!state.story) return;
    const q = new URLSearchParams();
    if (state.character) q.set('character', state.character);
    if (state.asOf !== null) q.set('asOf', String(state.asOf));
    const qs = q.toString();
    history.replaceState(null, '', '/stories/' + encodeURIComponent(state.story.id) + (qs ? '?' + qs : ''));
  }

  let resizing = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => { if (state.cy) { state.cy.resize(); state.cy.fit(state.cy.elements(), 24); } }, 200);
  });

  document.addEventListener('DOMContentLoaded', () => {
    $('asof').addEventListener('input', onSlider);
    $('path-form').addEventListener('submit', showPath);
    $('reader-close').addEventListener('click', closeReader);
    $('reader').addEventListener('close', () => { const o = $('reader').opener; if (o && o.isConnected) o.focus(); });
    if (typeof cytoscape !== 'function') {
      say('The graph library did not load (/page/lib/cytoscape). Rebuild the app: mvn -q -DskipTests package.');
      return;
    }
    start();
  });
})();
