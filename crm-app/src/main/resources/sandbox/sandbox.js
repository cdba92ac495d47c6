// The sandbox chat page: renders the emulated Telegram chat of the selected person and follows it
// live through a long poll. No framework, no build step.
//
// Hooks for tests (stable): #persons .person[data-person-id], #messages[data-person-id][data-seq],
// .message[data-message-id][data-sender=bot|user][data-edit-count], .message.last-bot-message,
// .inline-button[data-message-id][data-callback][data-text], #message-input, #send-button,
// #menu-button, #commands .command[data-command], #toast, #alert-dialog, #app[data-ready=true].
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);
  const app = $('app');
  const chatBox = $('chat');
  const list = $('messages');
  const input = $('message-input');
  const status = $('status');

  const state = {
    persons: [],
    personId: null,
    seq: 0,               // latest event sequence seen by the long poll
    renderedSeq: -1,      // chat seq of what is on screen
    rendered: new Map(),  // message id -> {key, el}
    commands: [],
    selectedCommand: -1,
    loadToken: 0,
    typingTimer: null,
    toastTimer: null,
  };

  // ---- HTTP ----

  async function api(path, body) {
    const options = body === undefined ? {} : {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    };
    const response = await fetch(path, options);
    let json = null;
    try {
      json = await response.json();
    } catch (e) {
      // not JSON: handled below
    }
    if (!response.ok) {
      const error = new Error((json && json.error) || `Ошибка ${response.status}`);
      error.status = response.status;
      throw error;
    }
    return json;
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // ---- persons ----

  function renderPersons() {
    const nav = $('persons');
    nav.replaceChildren();
    for (const person of state.persons) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'person';
      button.id = `person-${person.id}`;
      button.dataset.personId = String(person.id);
      button.dataset.name = person.name;
      button.title = person.description || person.name;
      const name = document.createElement('span');
      name.className = 'person-name';
      name.textContent = person.name;
      const dot = document.createElement('span');
      dot.className = 'unread-dot';
      dot.setAttribute('aria-hidden', 'true');
      button.append(name, dot);
      button.addEventListener('click', () => selectPerson(person.id));
      nav.append(button);
    }
  }

  function personById(id) {
    return state.persons.find((person) => person.id === id);
  }

  function selectPerson(id) {
    const person = personById(id);
    if (!person) {
      return;
    }
    const changed = state.personId !== id;
    state.personId = id;
    app.dataset.personId = String(id);
    for (const button of document.querySelectorAll('#persons .person')) {
      const selected = Number(button.dataset.personId) === id;
      button.setAttribute('aria-pressed', String(selected));
      if (selected) {
        button.dataset.unread = 'false';
      }
    }
    const description = $('person-description');
    description.textContent = `Вы пишете как «${person.name}» (Telegram id ${person.id})`
      + (person.description ? ` — ${person.description}` : '');
    if (history.replaceState) {
      history.replaceState(null, '', `#person=${id}`);
    }
    try {
      localStorage.setItem('sandbox.person', String(id));
    } catch (e) {
      // private mode: not remembered
    }
    if (changed) {
      list.replaceChildren();
      state.rendered.clear();
      state.renderedSeq = -1;
      list.dataset.personId = String(id);
      list.dataset.seq = '0';
      hideCommands();
      setTyping(false);
    }
    loadCommands();
    return loadChat(true);
  }

  function initialPerson() {
    const fromHash = /person=(\d+)/.exec(location.hash);
    let stored = null;
    try {
      stored = localStorage.getItem('sandbox.person');
    } catch (e) {
      // ignore
    }
    for (const candidate of [fromHash && fromHash[1], stored]) {
      if (candidate && personById(Number(candidate))) {
        return Number(candidate);
      }
    }
    return state.persons[0].id;
  }

  // ---- chat ----

  async function loadChat(scrollDown) {
    const personId = state.personId;
    const token = ++state.loadToken;
    const chat = await api(`/api/chat?person=${personId}`);
    if (personId !== state.personId || token !== state.loadToken) {
      return; // a newer load or another person's chat took over
    }
    if (chat.seq < state.renderedSeq) {
      return;
    }
    renderChat(chat, scrollDown);
  }

  function renderChat(chat, scrollDown) {
    const nearBottom = chatBox.scrollHeight - chatBox.scrollTop - chatBox.clientHeight < 120;
    const before = state.rendered;
    const after = new Map();
    let cursor = list.firstElementChild;
    let newBotMessage = false;
    for (const message of chat.messages) {
      const key = `${message.editCount}:${message.sender}`;
      const old = before.get(message.id);
      const el = old && old.key === key ? old.el : buildMessage(message);
      if (!old && message.sender === 'bot') {
        newBotMessage = true;
      }
      after.set(message.id, { key, el });
      if (el === cursor) {
        cursor = cursor.nextElementSibling;
      } else {
        list.insertBefore(el, cursor);
      }
    }
    while (cursor) {
      const next = cursor.nextElementSibling;
      cursor.remove();
      cursor = next;
    }
    state.rendered = after;
    state.renderedSeq = chat.seq;

    for (const el of list.querySelectorAll('.last-bot-message')) {
      el.classList.remove('last-bot-message');
      delete el.dataset.lastBot;
    }
    const bots = list.querySelectorAll('.message.from-bot');
    if (bots.length) {
      const last = bots[bots.length - 1];
      last.classList.add('last-bot-message');
      last.dataset.lastBot = 'true';
    }
    list.dataset.seq = String(chat.seq);
    list.dataset.count = String(chat.messages.length);
    $('empty').hidden = chat.messages.length > 0;
    if (newBotMessage) {
      setTyping(false);
    }
    if (scrollDown || nearBottom) {
      scrollToBottom();
    }
    app.dataset.ready = 'true';
  }

  function scrollToBottom() {
    chatBox.scrollTop = chatBox.scrollHeight;
  }

  function buildMessage(message) {
    const el = document.createElement('div');
    el.className = `message from-${message.sender}`;
    if (message.kind === 'sticker') {
      el.classList.add('sticker');
    }
    el.id = `message-${message.id}`;
    el.dataset.messageId = String(message.id);
    el.dataset.sender = message.sender;
    el.dataset.kind = message.kind;
    el.dataset.editCount = String(message.editCount);
    el.dataset.edited = String(message.edited);

    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    if (message.attachment) {
      bubble.append(buildAttachment(message.attachment));
    }
    if (message.html) {
      const text = document.createElement('div');
      text.className = 'text';
      text.innerHTML = message.html; // made safe by the server (SafeHtml)
      for (const spoiler of text.querySelectorAll('.tg-spoiler')) {
        spoiler.addEventListener('click', () => spoiler.classList.add('revealed'));
      }
      for (const image of text.querySelectorAll('img')) {
        image.remove();
      }
      bubble.append(text);
    } else {
      bubble.classList.add('no-text');
    }
    if (message.edited) {
      bubble.classList.add('edited');
    }
    bubble.append(buildMeta(message));
    el.append(bubble);
    if (message.keyboard && message.keyboard.length) {
      el.classList.add('has-keyboard');
      el.append(buildKeyboard(message));
    }
    return el;
  }

  function buildMeta(message) {
    const meta = document.createElement('span');
    meta.className = 'meta';
    if (message.edited) {
      const edited = document.createElement('span');
      edited.className = 'edited-mark';
      edited.textContent = 'изменено';
      meta.append(edited);
    }
    const time = document.createElement('time');
    time.dateTime = message.date;
    const date = new Date(message.date);
    time.textContent = date.toLocaleTimeString('ru-RU', { hour: '2-digit', minute: '2-digit' });
    time.title = date.toLocaleString('ru-RU');
    meta.append(time);
    return meta;
  }

  function buildAttachment(attachment) {
    const box = document.createElement('div');
    box.className = 'attachment';
    if (attachment.image && attachment.url) {
      const link = document.createElement('a');
      link.href = attachment.url;
      link.target = '_blank';
      link.rel = 'noopener';
      const image = document.createElement('img');
      image.src = attachment.url;
      image.alt = attachment.name;
      image.loading = 'lazy';
      image.addEventListener('load', () => {
        if (chatBox.scrollHeight - chatBox.scrollTop - chatBox.clientHeight < image.height + 150) {
          scrollToBottom();
        }
      });
      link.append(image);
      box.append(link);
      box.dataset.attachment = 'image';
      return box;
    }
    const file = document.createElement(attachment.url ? 'a' : 'div');
    file.className = 'file';
    if (attachment.url) {
      file.href = attachment.url;
      file.setAttribute('download', attachment.name);
    }
    const icon = document.createElement('span');
    icon.className = 'file-icon';
    const extension = /\.([a-z0-9]{1,4})$/i.exec(attachment.name);
    icon.textContent = extension ? extension[1].toUpperCase() : 'FILE';
    const info = document.createElement('span');
    const name = document.createElement('span');
    name.className = 'file-name';
    name.textContent = attachment.name;
    const size = document.createElement('span');
    size.className = 'file-size';
    size.textContent = attachment.url ? formatSize(attachment.size) : `по ссылке: ${attachment.reference}`;
    info.append(name, size);
    file.append(icon, info);
    box.append(file);
    box.dataset.attachment = 'file';
    return box;
  }

  function formatSize(bytes) {
    if (bytes < 1024) {
      return `${bytes} Б`;
    }
    if (bytes < 1024 * 1024) {
      return `${(bytes / 1024).toFixed(1)} КБ`;
    }
    return `${(bytes / 1024 / 1024).toFixed(1)} МБ`;
  }

  function buildKeyboard(message) {
    const keyboard = document.createElement('div');
    keyboard.className = 'keyboard';
    keyboard.dataset.messageId = String(message.id);
    for (const row of message.keyboard) {
      const rowEl = document.createElement('div');
      rowEl.className = 'keyboard-row';
      for (const button of row) {
        rowEl.append(buildButton(message, button));
      }
      keyboard.append(rowEl);
    }
    return keyboard;
  }

  function buildButton(message, button) {
    let el;
    if (button.data !== undefined) {
      el = document.createElement('button');
      el.type = 'button';
      el.dataset.callback = button.data;
      el.addEventListener('click', () => press(message.id, button.data, el));
    } else if (button.url && /^(https?:|tg:)/i.test(button.url)) {
      el = document.createElement('a');
      el.href = button.url;
      el.target = '_blank';
      el.rel = 'noopener noreferrer';
      el.dataset.url = button.url;
      el.classList.add('url-button');
    } else {
      el = document.createElement('button');
      el.type = 'button';
      el.disabled = true;
    }
    el.classList.add('inline-button');
    el.dataset.messageId = String(message.id);
    el.dataset.text = button.text;
    el.textContent = button.text;
    el.title = button.text;
    return el;
  }

  // ---- actions ----

  async function press(messageId, data, el) {
    if (el.classList.contains('pending')) {
      return;
    }
    el.classList.add('pending');
    el.setAttribute('aria-busy', 'true');
    try {
      const answer = await api('/api/press', { person: state.personId, messageId, data });
      if (answer.text) {
        if (answer.showAlert) {
          showAlert(answer.text);
        } else {
          showToast(answer.text);
        }
      }
    } catch (error) {
      showToast(error.message, 'error');
    } finally {
      el.classList.remove('pending');
      el.removeAttribute('aria-busy');
    }
    await loadChat(false).catch(() => {});
  }

  async function send(text) {
    if (!text.trim()) {
      return;
    }
    hideCommands();
    $('send-button').disabled = true;
    try {
      await api('/api/send', { person: state.personId, text });
      setTyping(true);
      await loadChat(true);
    } catch (error) {
      if (!input.value) {
        input.value = text;
        autosize();
      }
      showToast(error.message, 'error');
    } finally {
      $('send-button').disabled = false;
    }
  }

  function submitInput() {
    const text = input.value;
    if (!text.trim()) {
      return;
    }
    input.value = '';
    autosize();
    send(text);
    input.focus();
  }

  // ---- live updates ----

  async function follow() {
    let delay = 500;
    for (;;) {
      try {
        const update = await api(`/api/updates?since=${state.seq}&timeout=25`);
        setOnline(true);
        delay = 500;
        if (update.seq < state.seq) {
          // the app restarted: its emulator starts afresh, message ids included
          list.replaceChildren();
          state.rendered.clear();
          state.renderedSeq = -1;
        }
        state.seq = update.seq;
        for (const chatId of update.changed) {
          if (chatId === state.personId) {
            await loadChat(false);
          } else {
            const button = document.querySelector(`#persons .person[data-person-id="${chatId}"]`);
            if (button) {
              button.dataset.unread = 'true';
            }
          }
        }
      } catch (error) {
        setOnline(false);
        await sleep(delay);
        delay = Math.min(delay * 2, 5000);
      }
    }
  }

  function setOnline(online) {
    if (!online) {
      status.dataset.state = 'offline';
      status.textContent = 'нет связи с песочницей, переподключение…';
    } else if (status.dataset.state === 'offline' || status.dataset.state === 'connecting') {
      status.dataset.state = 'online';
      status.textContent = 'бот · в сети';
    }
  }

  function setTyping(typing) {
    clearTimeout(state.typingTimer);
    if (status.dataset.state === 'offline') {
      return;
    }
    status.dataset.state = typing ? 'typing' : 'online';
    status.textContent = typing ? 'печатает…' : 'бот · в сети';
    if (typing) {
      state.typingTimer = setTimeout(() => setTyping(false), 8000);
    }
  }

  // ---- commands hint ----

  async function loadCommands() {
    const personId = state.personId;
    try {
      const result = await api(`/api/commands?person=${personId}`);
      if (personId === state.personId) {
        state.commands = result.commands;
        updateCommandHint();
      }
    } catch (e) {
      // the hint is optional
    }
  }

  function commandQuery() {
    const value = input.value;
    return /^\/\S*$/.test(value) ? value.slice(1).toLowerCase() : null;
  }

  function updateCommandHint() {
    const query = commandQuery();
    const menuOpen = $('menu-button').getAttribute('aria-expanded') === 'true';
    if (query === null && !menuOpen) {
      hideCommands();
      return;
    }
    const matches = state.commands.filter((c) => query === null || c.command.toLowerCase().startsWith(query));
    showCommands(matches, query);
  }

  function showCommands(commands, query) {
    const listEl = $('command-list');
    listEl.replaceChildren();
    state.selectedCommand = -1;
    if (!commands.length) {
      const empty = document.createElement('li');
      empty.className = 'command-empty';
      empty.textContent = state.commands.length
        ? `Нет команды, начинающейся с «/${query}»`
        : 'Бот ещё не сообщил свои команды';
      listEl.append(empty);
    }
    for (const command of commands) {
      const item = document.createElement('li');
      item.className = 'command';
      item.setAttribute('role', 'option');
      item.dataset.command = command.command;
      const name = document.createElement('span');
      name.className = 'command-name';
      name.textContent = `/${command.command}`;
      const description = document.createElement('span');
      description.className = 'command-description';
      description.textContent = command.description;
      item.append(name, description);
      item.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
      item.addEventListener('click', () => {
        input.value = '';
        autosize();
        send(`/${command.command}`);
        input.focus();
      });
      listEl.append(item);
    }
    $('commands').hidden = false;
  }

  function hideCommands() {
    $('commands').hidden = true;
    $('menu-button').setAttribute('aria-expanded', 'false');
    state.selectedCommand = -1;
  }

  function moveCommandSelection(step) {
    const items = [...document.querySelectorAll('#command-list .command')];
    if (!items.length) {
      return false;
    }
    state.selectedCommand = (state.selectedCommand + step + items.length) % items.length;
    items.forEach((item, index) => item.setAttribute('aria-selected', String(index === state.selectedCommand)));
    items[state.selectedCommand].scrollIntoView({ block: 'nearest' });
    return true;
  }

  // ---- toast and alert ----

  function showToast(text, kind) {
    const toast = $('toast');
    toast.textContent = text;
    toast.dataset.kind = kind || 'info';
    toast.hidden = false;
    clearTimeout(state.toastTimer);
    state.toastTimer = setTimeout(() => { toast.hidden = true; }, kind === 'error' ? 5000 : 3000);
  }

  function showAlert(text) {
    $('alert-text').textContent = text;
    $('alert-dialog').hidden = false;
    $('alert-ok').focus();
  }

  // ---- input ----

  function autosize() {
    input.style.height = 'auto';
    input.style.height = `${Math.min(input.scrollHeight + 2, 140)}px`;
  }

  function wireInput() {
    $('composer').addEventListener('submit', (event) => {
      event.preventDefault();
      submitInput();
    });
    input.addEventListener('keydown', (event) => {
      const hintOpen = !$('commands').hidden;
      if (hintOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        if (moveCommandSelection(event.key === 'ArrowDown' ? 1 : -1)) {
          event.preventDefault();
        }
        return;
      }
      if (hintOpen && event.key === 'Escape') {
        hideCommands();
        return;
      }
      if (hintOpen && event.key === 'Tab') {
        const first = document.querySelector('#command-list .command[aria-selected="true"]')
          || document.querySelector('#command-list .command');
        if (first) {
          event.preventDefault();
          input.value = `/${first.dataset.command}`;
          updateCommandHint();
        }
        return;
      }
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        const selected = document.querySelector('#command-list .command[aria-selected="true"]');
        if (hintOpen && selected) {
          input.value = '';
          autosize();
          send(`/${selected.dataset.command}`);
        } else {
          submitInput();
        }
      }
    });
    input.addEventListener('input', () => {
      autosize();
      updateCommandHint();
    });
    $('menu-button').addEventListener('click', () => {
      const open = $('menu-button').getAttribute('aria-expanded') === 'true';
      if (open) {
        hideCommands();
      } else {
        $('menu-button').setAttribute('aria-expanded', 'true');
        updateCommandHint();
        loadCommands();
      }
      input.focus();
    });
    $('alert-ok').addEventListener('click', () => {
      $('alert-dialog').hidden = true;
      input.focus();
    });
    $('toast').addEventListener('click', () => { $('toast').hidden = true; });
  }

  // ---- start ----

  async function start() {
    wireInput();
    for (;;) {
      try {
        state.persons = (await api('/api/persons')).persons;
        state.seq = (await api('/api/updates?since=0&timeout=0')).seq;
        break;
      } catch (error) {
        setOnline(false);
        await sleep(2000);
      }
    }
    setOnline(true);
    renderPersons();
    await selectPerson(initialPerson()).catch((error) => showToast(error.message, 'error'));
    input.focus();
    follow();
  }

  start();
})();
