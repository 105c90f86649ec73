// The workshop page: shows the pledge the service file makes, sends each change to pledge serve, which saves
// it at once, and shows the result. The server's JSON is described in lib/workshop/workshop_json.hpp.
"use strict";

(() => {
  const parameters = new URLSearchParams(location.search);
  const token = parameters.get("token") || "";
  // How often to look for changes made outside the page; "&poll=0" turns that off (the browser test does,
  // to make a conflict on purpose).
  const pollMilliseconds = parameters.has("poll") ? Number(parameters.get("poll")) : 2000;
  const draftDelayMilliseconds = 250;

  let state = null; // the last state the server sent
  let editor = null; // the one open form: {kind, key, ref, group, value, error}
  // The forms whose text is linted as it is typed, and the draft each sends to be checked.
  const draftOf = {
    reword: (e, text) => ({ op: "reword", ref: e.ref, text }),
    add: (e, text) => ({ op: "add", group: e.group, text }),
    "reword-ask": (e, text) => ({ op: "reword-ask", ref: e.ref, text }),
    "add-ask": (e, text) => ({ op: "add-ask", text }),
    translate: (e, text) => ({ op: "translate", ref: e.ref, language: e.language, text }),
  };

  // Languages by their tags, for labels; any other is shown by its tag.
  const languageNames = { cy: "Welsh", en: "English", "en-GB": "English", ga: "Irish", gd: "Gaelic" };
  const languageName = (tag) => (languageNames[tag] ? languageNames[tag] + " (" + tag + ")" : tag);
  let busy = false; // a change is on its way
  const previewShown = {}; // for each preview, the version and identity it shows
  let posterTimer = null;
  let draftTimer = null;
  let draftSequence = 0;
  let draftResult = null; // {key, findings, problems} for the open form
  let conflict = null; // {data, change} while the conflict dialog is open
  let stateSerial = 0; // counts the states shown, so that an answer overtaken by a newer state is dropped

  // Timestamps of what the page did, for the browser test's measurements.
  const timings = [];
  window.workshopTimings = timings;
  const mark = (event, detail) => timings.push({ event, detail, t: performance.now() });

  const $ = (id) => document.getElementById(id);

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === false || value === null || value === undefined) continue;
      if (name === "onclick") node.addEventListener("click", value);
      else if (name === "oninput") node.addEventListener("input", value);
      else if (name === "onsubmit") node.addEventListener("submit", value);
      else if (name === "onkeydown") node.addEventListener("keydown", value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child);
    }
    return node;
  }

  // Ids from refs ("nice-patient-experience/second-opinion" has only [a-z0-9/-]).
  const idOf = (ref) => ref.replace(/[^a-z0-9-]/g, "--");

  async function api(path, body) {
    const options = { headers: { "X-Pledge-Token": token } };
    if (body !== undefined) {
      options.method = "POST";
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (error) {
      return { status: 0, data: null };
    }
    let data = null;
    try {
      data = await response.json();
    } catch (error) {
      data = null;
    }
    return { status: response.status, data };
  }

  const clock = () => new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" });

  function setStatus(text) {
    $("save-status").textContent = text;
  }

  function showNotice(text) {
    const notice = $("notice");
    notice.textContent = text;
    notice.hidden = !text;
  }

  const severityNames = { error: "Error", warning: "Warning", info: "Note" };

  // Lint messages start in lower case, to follow "file:line:col: warning:"; here each is a sentence.
  const sentence = (text) => {
    const first = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.?!]$/.test(first) ? first : first + ".";
  };

  function findingsList(findings, label) {
    const list = el("ul", { class: "findings", "aria-label": label });
    for (const f of findings) {
      list.append(
        el(
          "li",
          { class: "finding severity-" + f.severity },
          el("span", { class: "severity" }, (severityNames[f.severity] || f.severity) + ": "),
          sentence(f.message),
          f.suggestion ? " " + sentence(f.suggestion) : "",
          " ",
          el("span", { class: "rule" }, "[" + f.rule + "]")
        )
      );
    }
    return list;
  }

  function problemText(p) {
    const place = p.file ? p.file + (p.line ? ":" + p.line + ":" + p.column : "") + ": " : "";
    return place + p.message;
  }

  // --- Forms -------------------------------------------------------------------------------------------

  function openEditor(kind, key, fields) {
    editor = Object.assign({ kind, key, value: "", error: "" }, fields);
    draftResult = null;
    render();
    const box = document.querySelector(".editor textarea");
    if (box) {
      box.focus();
      box.setSelectionRange(box.value.length, box.value.length);
    }
    if (draftOf[kind]) scheduleDraft();
  }

  function closeEditor(focusKey) {
    editor = null;
    draftResult = null;
    render();
    focusByKey(focusKey);
  }

  function focusByKey(key) {
    if (!key) return;
    const target = document.querySelector('[data-key="' + CSS.escape(key) + '"]');
    if (target) target.focus();
  }

  function scheduleDraft() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(checkDraft, draftDelayMilliseconds);
  }

  async function checkDraft() {
    if (!editor || !draftOf[editor.kind]) return;
    const key = editor.key;
    const text = editor.value.trim();
    if (!text) {
      draftResult = { key, findings: [], problems: [] };
      renderDraft();
      return;
    }
    const sequence = ++draftSequence;
    const change = draftOf[editor.kind](editor, text);
    mark("draft-sent", text);
    const { status, data } = await api("/api/draft", { change });
    if (sequence !== draftSequence || !editor || editor.key !== key) return; // a newer draft is on its way
    if (status === 200 && data) draftResult = { key, findings: data.findings, problems: [] };
    else draftResult = { key, findings: [], problems: (data && data.problems) || [{ message: "not checked" }] };
    renderDraft();
    mark("draft-shown", { text, findings: draftResult.findings.length });
  }

  function draftContent() {
    if (!draftResult || !editor || draftResult.key !== editor.key) return [el("p", {}, "Checking as you type…")];
    if (draftResult.problems.length)
      return [el("p", {}, "Not checked: " + draftResult.problems.map(problemText).join("; "))];
    if (!draftResult.findings.length) return [el("p", {}, "No suggestions: it reads well.")];
    const count = draftResult.findings.length;
    return [
      el("p", {}, count === 1 ? "1 suggestion:" : count + " suggestions:"),
      findingsList(draftResult.findings, "Suggestions for your wording"),
    ];
  }

  function renderDraft() {
    const box = document.querySelector(".editor .draft");
    if (box) box.replaceChildren(...draftContent());
  }

  function textArea(id, describedBy) {
    return el("textarea", {
      id,
      rows: 4,
      "aria-describedby": describedBy,
      "aria-invalid": editor.error ? "true" : false,
      oninput: (event) => {
        editor.value = event.target.value;
        if (editor.error) {
          editor.error = "";
          event.target.removeAttribute("aria-invalid");
          const error = event.target.form.querySelector(".error");
          if (error) error.hidden = true;
        }
        if (draftOf[editor.kind]) scheduleDraft();
      },
    });
  }

  function formKeys(event) {
    if (event.key === "Escape") {
      event.preventDefault();
      closeEditor(editor && editor.returnKey);
    }
  }

  function editorForm(statement) {
    const id = idOf(editor.key);
    const errorId = "error-" + id;
    const error = el("p", { class: "error", id: errorId, hidden: !editor.error }, editor.error);
    const cancel = el("button", { type: "button", class: "secondary", "data-key": "cancel:" + editor.key,
      onclick: () => closeEditor(editor.returnKey) }, "Cancel");
    let body;
    let submitLabel;
    if (editor.kind === "cross-off") {
      const helpId = "help-" + id;
      const box = textArea("reason-" + id, helpId + " " + errorId);
      box.value = editor.value;
      box.required = true;
      body = [
        el("label", { for: "reason-" + id }, "Why does this statement not fit your service? (needed)"),
        box,
        el("p", { class: "help", id: helpId }, "Auditors will ask. For example: “We have no beds: you come for the day.”"),
      ];
      submitLabel = statement.decision === "crossed-off" ? "Save the reason" : "Cross it off";
    } else {
      const draftId = "draft-" + id;
      const box = textArea("text-" + id, draftId + " " + errorId);
      box.value = editor.value;
      if (editor.language) box.setAttribute("lang", editor.language);
      const labels = {
        add: "Your new statement for “" + editor.groupTitle + "”",
        reword: "Your wording",
        "add-ask": "What you ask of patients, relatives and carers",
        "reword-ask": "Your wording of the ask",
        translate: "Your wording in " + languageName(editor.language || ""),
      };
      const label = labels[editor.kind];
      const writing = el("div", {}, el("label", { for: "text-" + id }, label), box);
      const original =
        editor.kind === "reword" && statement.original
          ? el("div", { class: "original-box" }, el("p", { class: "label" }, "The original"),
              el("p", {}, statement.original))
          : null;
      body = [
        original ? el("div", { class: "side-by-side" }, original, writing) : writing,
        el("div", { class: "draft", id: draftId, "aria-live": "polite" }, ...draftContent()),
      ];
      submitLabel = editor.kind === "add" || editor.kind === "add-ask" ? "Add it" : "Save the wording";
    }
    return el(
      "form",
      { class: "editor", novalidate: true, onsubmit: submitEditor, onkeydown: formKeys },
      ...body,
      error,
      el("div", { class: "form-actions" },
        el("button", { type: "submit", "data-key": "submit:" + editor.key }, submitLabel), cancel)
    );
  }

  function submitEditor(event) {
    event.preventDefault();
    const text = editor.value.trim();
    if (!text) {
      editor.error =
        editor.kind === "cross-off"
          ? "Write why it does not fit before you cross it off."
          : "Write the statement first, or cancel.";
      render();
      document.querySelector(".editor textarea").focus();
      return;
    }
    if (editor.kind === "cross-off") send({ op: "cross-off", ref: editor.ref, reason: text }, editor.returnKey);
    else if (editor.kind === "add") send({ op: "add", group: editor.group, text }, null);
    else if (editor.kind === "add-ask") send({ op: "add-ask", text }, null);
    else if (text === editor.current) closeEditor(editor.returnKey);
    else send(draftOf[editor.kind](editor, text), editor.returnKey);
  }

  // --- Saving ------------------------------------------------------------------------------------------

  async function send(change, focusKey) {
    if (busy || !state) return;
    busy = true;
    setStatus("Saving…");
    mark("change-sent", change);
    const before = state;
    const { status, data } = await api("/api/change", { version: state.version, change });
    busy = false;
    afterChange(status, data, change, focusKey, before);
  }

  function afterChange(status, data, change, focusKey, before) {
    if (status === 200 && data) {
      state = data.state;
      editor = null;
      draftResult = null;
      const entry = state.history[state.history.length - 1];
      setStatus("Saved at " + clock() + ": " + (entry ? entry.description : "done") + ".");
      showNotice(entry && entry.notes.length ? entry.notes.join(" ") : "");
      render();
      mark("change-saved", state.version);
      if (change && change.op === "add") focusKey = firstButtonOfNewStatement(before);
      if (change && change.op === "add-ask" && state.pledge && state.pledge.asks.length)
        focusKey = "first:" + state.pledge.asks[state.pledge.asks.length - 1].ref;
      focusByKey(focusKey);
      schedulePoster();
    } else if (status === 409 && data) {
      setStatus("Not saved yet: the file changed meanwhile.");
      showConflict(data, change);
    } else if (status === 422 && data) {
      const message = "Not saved: " + data.problems.map(problemText).join("; ");
      setStatus(message);
      if (editor) {
        editor.error = message;
        render();
      } else {
        showNotice(message);
      }
    } else if (status === 0) {
      setStatus("Not saved: pledge serve is not answering. Is it still running? Your text is still here.");
    } else {
      setStatus("Not saved: " + ((data && data.problems && data.problems.map(problemText).join("; ")) || "error " + status));
    }
  }

  function firstButtonOfNewStatement(before) {
    const old = new Set();
    for (const g of (before.pledge && before.pledge.groups) || []) for (const s of g.statements) old.add(s.ref);
    for (const g of (state.pledge && state.pledge.groups) || [])
      for (const s of g.statements) if (!old.has(s.ref)) return "first:" + s.ref;
    return null;
  }

  // Undo and redo: the same request to /api/undo or /api/redo, and the same handling of its answer.
  const takeBack = {
    undo: { path: "/api/undo", doing: "Undoing…", done: "Undone", not: "Not undone" },
    redo: { path: "/api/redo", doing: "Redoing…", done: "Redone", not: "Not redone" },
  };

  async function takeBackOrRedo(which) {
    if (busy || !state) return;
    const words = takeBack[which];
    busy = true;
    setStatus(words.doing);
    const { status, data } = await api(words.path, { version: state.version });
    busy = false;
    if (status === 200 && data) {
      state = data.state;
      setStatus(words.done + " at " + clock() + ".");
      showNotice("");
      render();
      // Focus stays on the button pressed while it can be pressed again, else goes to the other one.
      const other = which === "undo" ? "redo" : "undo";
      if (!$(which).disabled) $(which).focus();
      else if (!$(other).disabled) $(other).focus();
      else $("statements").focus();
      schedulePoster();
    } else if (status === 409 && data) {
      state = data.state;
      render();
      setStatus(words.not + ": the file changed meanwhile; the page now shows it as it is.");
    } else {
      setStatus(words.not + ": " + ((data && data.problems && data.problems.map(problemText).join("; ")) || "no answer"));
    }
  }

  const undo = () => takeBackOrRedo("undo");
  const redo = () => takeBackOrRedo("redo");

  // Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redoes, as in an editor, except in a text box, where they
  // undo and redo typing.
  function shortcutKeys(event) {
    const target = event.target;
    if (!(event.ctrlKey || event.metaKey) || event.altKey || conflict) return;
    if (target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.isContentEditable)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      undo();
    } else if ((key === "z" && event.shiftKey) || (key === "y" && !event.shiftKey)) {
      event.preventDefault();
      redo();
    }
  }

  // --- Conflicts ---------------------------------------------------------------------------------------

  // Lines of `a` that `b` does not have in the same order (a longest common subsequence of lines).
  function differingLines(a, b) {
    const n = a.length;
    const m = b.length;
    const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    const differs = new Array(n).fill(true);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (a[i] === b[j]) {
        differs[i] = false;
        i++;
        j++;
      } else if (table[i + 1][j] >= table[i][j + 1]) i++;
      else j++;
    }
    return differs;
  }

  const linesOf = (text) => (text.endsWith("\n") ? text.slice(0, -1) : text).split("\n");

  function showText(pre, text, other) {
    const lines = linesOf(text);
    const differs = differingLines(lines, linesOf(other));
    pre.replaceChildren(
      ...lines.map((line, i) =>
        differs[i] ? el("span", { class: "differs" }, "▶ " + line + "\n") : document.createTextNode("  " + line + "\n")
      )
    );
  }

  function showConflict(data, change) {
    conflict = { data, change };
    const yours = data.yours;
    $("conflict-text").textContent =
      "Someone saved " + data.state.file + " since this page showed it (in another tab or an editor), so " +
      "your change was not saved. Look at both versions, then choose." +
      (yours === null ? " Your version is not known any more, so only the file on disk can be used." : "");
    showText($("conflict-disk"), data.disk_text, yours || "");
    showText($("conflict-yours"), yours || "(not known)", data.disk_text);
    $("conflict-keep").disabled = yours === null;
    const dialog = $("conflict");
    if (!dialog.open) dialog.showModal();
    $("conflict-reload").focus();
  }

  function closeConflict() {
    conflict = null;
    $("conflict").close();
  }

  function useDisk() {
    const data = conflict.data;
    closeConflict();
    state = data.state;
    draftResult = null;
    render();
    setStatus(
      "Showing the file on disk. Your change was not saved" +
        (editor ? "; your words are still in their box, to save again if you want." : ".")
    );
    schedulePoster();
    const box = document.querySelector(".editor textarea");
    if (box) box.focus();
    else $("statements").focus();
  }

  async function keepMine() {
    const data = conflict.data;
    closeConflict();
    busy = true;
    setStatus("Saving your version…");
    const result = await api("/api/overwrite", { version: data.state.version, text: data.yours });
    busy = false;
    afterChange(result.status, result.data, null, editor && editor.returnKey, state);
  }

  // --- Poster ------------------------------------------------------------------------------------------

  function schedulePoster() {
    clearTimeout(posterTimer);
    posterTimer = setTimeout(() => {
      refreshPreview(previews.poster);
      refreshPreview(previews.page);
    }, 0);
  }

  // The two previews pledge serve makes in memory from the file as saved: the poster PDF and the web page.
  const previews = {
    poster: { name: "poster", json: "/api/poster", document: "/api/poster.pdf", frame: "poster", link: "poster-link",
      status: "poster-status", making: "Making the poster…", ready: "The poster as saved at ", none: "No poster yet: ",
      fragment: "#navpanes=0&view=FitH", pdf: true },
    page: { name: "page", json: "/api/page", document: "/api/page.html", frame: "web-page", link: "web-page-link",
      status: "web-page-status", making: "Making the web page…", ready: "The web page as saved at ",
      none: "No web page yet: ", fragment: "", pdf: false },
  };

  // What a preview is made from: the file's version and the organisation's identity (logo, colours).
  const previewKey = () => state.version + "|" + (state.identity ? state.identity.stamp : "");

  async function refreshPreview(preview) {
    if (!state || previewKey() === previewShown[preview.name]) return;
    const key = previewKey();
    $(preview.status).textContent = preview.making;
    const { status, data } = await api(preview.json);
    if (!state || previewKey() !== key) return;
    const frame = $(preview.frame);
    const link = $(preview.link);
    if (status === 200 && data) {
      const url = preview.document + "?token=" + encodeURIComponent(token) + "&v=" + data.stamp;
      frame.onload = () => {
        frame.dataset.version = data.version;
        frame.dataset.stamp = data.stamp;
        mark(preview.name + "-shown", data.version);
      };
      // A browser that cannot show a PDF in the page (most phones) gets the link alone.
      if (!preview.pdf || navigator.pdfViewerEnabled !== false) {
        frame.src = url + preview.fragment;
        frame.hidden = false;
      } else {
        frame.hidden = true;
        mark(preview.name + "-shown", data.version);
      }
      link.href = url;
      link.hidden = false;
      previewShown[preview.name] = key;
      $(preview.status).textContent = preview.ready + clock() + ".";
      mark(preview.name + "-ready", data.version);
    } else {
      frame.hidden = true;
      link.hidden = true;
      previewShown[preview.name] = null;
      const problems = (data && data.problems) || [];
      $(preview.status).textContent = preview.none + (problems.map(problemText).join("; ") || "error " + status);
    }
  }

  // --- Page --------------------------------------------------------------------------------------------

  const badges = { kept: "Kept", reworded: "Reworded", "crossed-off": "Crossed off", added: "Added by the team" };

  function button(label, key, onclick, describedBy, secondary) {
    return el("button", { type: "button", "data-key": key, "aria-describedby": describedBy, class: secondary ? "secondary" : false, onclick }, label);
  }

  function statementItem(group, s) {
    const id = idOf(s.ref);
    const textId = "text-of-" + id;
    const item = el("li", { class: "statement decision-" + s.decision, id: "s-" + id });
    item.append(el("p", { class: "badge" }, badges[s.decision] || s.decision));
    item.append(el("p", { class: "statement-text", id: textId }, s.text));
    if (s.decision === "reworded")
      item.append(el("p", { class: "original" }, el("span", { class: "label" }, "Original: "), s.original));
    if (s.decision === "crossed-off")
      item.append(el("p", { class: "reason" }, el("span", { class: "label" }, "Why it is crossed off: "), s.reason));
    if (s.findings.length) item.append(findingsList(s.findings, "Suggestions for this statement"));
    for (const t of s.translations || []) item.append(translationBlock(s, t));

    const first = "first:" + s.ref;
    const open = (kind, value, extra) => () =>
      openEditor(kind, s.ref, Object.assign({ ref: s.ref, value, current: s.text, returnKey: first }, extra));
    const actions = el("div", { class: "actions" });
    if (s.decision === "kept") {
      actions.append(
        button("Reword", first, open("reword", s.text), textId),
        button("Cross off", "cross:" + s.ref, open("cross-off", ""), textId, true)
      );
    } else if (s.decision === "reworded") {
      actions.append(
        button("Change the wording", first, open("reword", s.text), textId),
        button("Use the original wording", "original:" + s.ref, () => send({ op: "use-original", ref: s.ref }, first), textId, true),
        button("Cross off", "cross:" + s.ref, open("cross-off", ""), textId, true)
      );
    } else if (s.decision === "crossed-off") {
      actions.append(
        button("Keep it", first, () => send({ op: "keep", ref: s.ref }, first), textId),
        button("Change the reason", "reason:" + s.ref, open("cross-off", s.reason), textId, true)
      );
    } else {
      actions.append(
        button("Change the wording", first, open("reword", s.text), textId),
        button("Remove", "remove:" + s.ref, () => send({ op: "remove", ref: s.ref }, "add:" + group.id), textId, true)
      );
    }
    item.append(actions);
    if (editor && editor.key === s.ref) item.append(editorForm(s));
    return item;
  }

  // A statement's wording in another language of the pledge, with its own findings; the team's own wordings
  // (reworded or added) can be translated here.
  function translationBlock(s, t) {
    const key = "tr:" + t.language + ":" + s.ref;
    const block = el("div", { class: "translation" + (t.text ? "" : " missing") });
    const name = languageName(t.language);
    if (t.text)
      block.append(el("p", {}, el("span", { class: "label" }, name + ": "), el("span", { lang: t.language }, t.text)));
    else
      block.append(el("p", { class: "warning-text" }, "No wording in " + name + " yet: the documents need one."));
    if (t.findings.length) block.append(findingsList(t.findings, "Suggestions for the wording in " + name));
    if (t.editable)
      block.append(
        el("div", { class: "actions" },
          button((t.text ? "Change the wording in " : "Write the wording in ") + name, key, () =>
            openEditor("translate", key, { ref: s.ref, language: t.language, value: t.text, current: t.text, returnKey: key }),
            null, true))
      );
    if (editor && editor.key === key) block.append(editorForm({ decision: "translate", original: "" }));
    return block;
  }

  function groupSection(group) {
    const headingId = "group-" + idOf(group.id);
    const section = el("section", { class: "group", "aria-labelledby": headingId }, el("h2", { id: headingId }, group.title));
    const list = el("ol", { class: "statement-list" });
    for (const s of group.statements) list.append(statementItem(group, s));
    if (group.statements.length) section.append(list);
    else section.append(el("p", {}, "No statements in this group yet."));
    const key = "add:" + group.id;
    const area = el("div", { class: "add-area" });
    if (editor && editor.key === key) area.append(editorForm({ decision: "added", original: "" }));
    else
      area.append(
        button("Add a statement to “" + group.title + "”", key, () =>
          openEditor("add", key, { group: group.id, groupTitle: group.title, returnKey: key }), null, true)
      );
    section.append(area);
    return section;
  }

  function askItem(a) {
    const id = "a-" + idOf(a.ref);
    const textId = "text-of-" + id;
    const item = el("li", { class: "ask", id });
    item.append(el("p", { class: "statement-text", id: textId }, a.text));
    if (a.findings.length) item.append(findingsList(a.findings, "Suggestions for this ask"));
    const first = "first:" + a.ref;
    item.append(
      el("div", { class: "actions" },
        button("Change the wording", first, () =>
          openEditor("reword-ask", a.ref, { ref: a.ref, value: a.text, current: a.text, returnKey: first }), textId),
        button("Remove", "remove:" + a.ref, () => send({ op: "remove-ask", ref: a.ref }, "add-ask"), textId, true))
    );
    if (editor && editor.key === a.ref) item.append(editorForm({ decision: "ask", original: "" }));
    return item;
  }

  function asksSection(asks) {
    const section = el("section", { class: "group asks", "aria-labelledby": "asks-title" },
      el("h2", { id: "asks-title" }, "What we ask of you"),
      el("p", { class: "help" }, "What you ask of patients, relatives and carers in return, printed beside the pledge."));
    if (asks.length) {
      const list = el("ol", { class: "statement-list" });
      for (const a of asks) list.append(askItem(a));
      section.append(list);
    } else {
      section.append(el("p", {}, "No asks yet."));
    }
    const key = "add-ask";
    const area = el("div", { class: "add-area" });
    if (editor && editor.key === key) area.append(editorForm({ decision: "ask", original: "" }));
    else area.append(button("Add an ask", key, () => openEditor("add-ask", key, { returnKey: key }), null, true));
    section.append(area);
    return section;
  }

  function render() {
    if (!state) return;
    stateSerial++;
    const active = document.activeElement;
    const activeKey = active && active.dataset ? active.dataset.key : null;
    const selection =
      active && active.tagName === "TEXTAREA" ? [active.id, active.selectionStart, active.selectionEnd] : null;

    const pledge = state.pledge;
    const service = pledge ? pledge.service : state.file;
    document.title = "Workshop: " + service;
    $("service").textContent = service;
    const organisation = state.identity ? state.identity.organisation : "";
    $("organisation").textContent = organisation;
    $("organisation").hidden = !organisation;
    $("file").textContent = "Saved to " + state.file + (pledge && pledge.audience ? " · for " + pledge.audience : "");

    const warnings = state.warnings || [];
    $("warnings").hidden = warnings.length === 0;
    $("warning-list").replaceChildren(...warnings.map((p) => el("li", {}, problemText(p))));
    $("problems").hidden = state.problems.length === 0;
    $("problem-list").replaceChildren(...state.problems.map((p) => el("li", {}, problemText(p))));

    const whole = pledge ? pledge.findings : [];
    $("whole-pledge").hidden = whole.length === 0;
    $("whole-pledge-findings").replaceWith(
      Object.assign(findingsList(whole, "Suggestions for the whole pledge"), { id: "whole-pledge-findings" })
    );

    if (editor && pledge) {
      // The statement or group being edited may have gone (another tab, an editor): close its form.
      const keys = new Set();
      for (const g of pledge.groups) {
        keys.add("add:" + g.id);
        for (const s of g.statements) {
          keys.add(s.ref);
          for (const t of s.translations || []) keys.add("tr:" + t.language + ":" + s.ref);
        }
      }
      keys.add("add-ask");
      for (const a of pledge.asks) keys.add(a.ref);
      if (!keys.has(editor.key)) editor = null;
    }
    $("statements").replaceChildren(...(pledge ? [...pledge.groups.map(groupSection), asksSection(pledge.asks)] : []));

    const history = state.history;
    $("history").replaceChildren(
      ...history.map((entry) => el("li", {}, entry.description + (entry.notes.length ? " " + entry.notes.join(" ") : "")))
    );
    $("history-empty").hidden = history.length > 0;
    const undoButton = $("undo");
    undoButton.disabled = history.length === 0;
    undoButton.textContent = history.length ? "Undo: " + shorten(history[history.length - 1].description) : "Undo the last change";
    const undone = state.undone || [];
    const redoButton = $("redo");
    redoButton.disabled = undone.length === 0;
    redoButton.textContent = undone.length ? "Redo: " + shorten(undone[undone.length - 1].description) : "Redo";

    $("lint-settings").textContent = lintSettingsText(state.lint);

    // The version drawn, for scripts (the browser test) to know the page is ready.
    document.body.dataset.version = state.version;

    if (selection) {
      const box = $(selection[0]);
      if (box) {
        box.focus();
        box.setSelectionRange(selection[1], selection[2]);
      }
    } else if (activeKey) {
      focusByKey(activeKey);
    }
  }

  // Where the suggestions come from: the settings pledge lint uses for this file.
  function lintSettingsText(lint) {
    if (!lint) return "";
    let text =
      "Suggestions come from pledge lint, with " +
      (lint.settings_file ? "the settings in " + lint.settings_file : "its default settings (no .pledge-lint.yaml applies)");
    if (lint.scope === "own") text += ", for what you wrote only (scope own: kept library statements are not checked)";
    if (lint.baseline)
      text += "; " + lint.accepted + (lint.accepted === 1 ? " finding" : " findings") + " accepted in " + lint.baseline + " not shown";
    return text + ".";
  }

  function shorten(text) {
    return text.length > 60 ? text.slice(0, 57) + "…" : text;
  }

  async function loadState(why) {
    const serial = stateSerial;
    const { status, data } = await api("/api/state");
    if (why === "poll" && (serial !== stateSerial || busy || conflict)) return;
    if (status !== 200 || !data) {
      setStatus(status === 0 ? "pledge serve is not answering. Is it still running?" : "Cannot load the pledge (" + status + ").");
      return;
    }
    const changed = state && state.version !== data.version;
    const settingsChanged = state && state.lint && data.lint && state.lint.stamp !== data.lint.stamp;
    const identityChanged = state && state.identity && data.identity && state.identity.stamp !== data.identity.stamp;
    state = data;
    render();
    if (why === "start") setStatus(state.history.length ? "" : "Every change is saved as you make it.");
    if (changed && why === "poll") {
      showNotice("The file was changed outside this page at " + clock() +
        " (in another tab or an editor). This page now shows the file as it is.");
      mark("external-change", data.version);
    } else if (settingsChanged && why === "poll") {
      showNotice("The lint settings changed at " + clock() + ": the suggestions are checked again with them.");
      mark("lint-settings-change", data.lint.stamp);
    } else if (identityChanged && why === "poll") {
      showNotice("The organisation's identity (.pledge-identity.yaml or its logo) changed at " + clock() +
        ": the previews are made again with it.");
      mark("identity-change", data.identity.stamp);
    }
    schedulePoster();
  }

  async function poll() {
    if (busy || conflict || document.hidden || !state) return;
    const serial = stateSerial;
    const { status, data } = await api("/api/version");
    if (serial !== stateSerial || busy || conflict) return; // the page has moved on meanwhile
    const moved = (part, stamp) => state[part] && stamp !== state[part].stamp;
    if (status === 200 && data && (data.version !== state.version || moved("lint", data.lint) || moved("identity", data.identity)))
      await loadState("poll");
  }

  function start() {
    $("undo").addEventListener("click", undo);
    $("redo").addEventListener("click", redo);
    document.addEventListener("keydown", shortcutKeys);
    $("larger-text").addEventListener("click", (event) => {
      const on = document.documentElement.classList.toggle("larger-text");
      event.currentTarget.setAttribute("aria-pressed", on ? "true" : "false");
    });
    $("conflict-reload").addEventListener("click", useDisk);
    $("conflict-keep").addEventListener("click", keepMine);
    // The team must choose: Escape does not close the dialog with the conflict unresolved.
    $("conflict").addEventListener("cancel", (event) => event.preventDefault());
    loadState("start");
    if (pollMilliseconds > 0) setInterval(poll, pollMilliseconds);
  }

  start();
})();
