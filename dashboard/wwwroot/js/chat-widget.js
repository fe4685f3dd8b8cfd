// The public chat page: start a chat, then talk over the /hubs/chat SignalR hub. The chat id and its secret live in
// sessionStorage, so a reload (or a dropped connection) resumes the same conversation; closing the tab forgets it.
(() => {
    "use strict";
    const KEY = "cc.chat";
    const $ = id => document.getElementById(id);
    const startForm = $("chat-start"), live = $("chat-live"), list = $("chat-messages"), statusLine = $("chat-status");
    const text = $("chat-text"), sendForm = $("chat-send"), typingLine = $("chat-typing");
    const seen = new Map();
    let chat = null, connection = null, typingSentAt = 0, typingTimer = null, agentTypingTimer = null, ended = false;

    const saved = () => { try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; } };

    function fieldError(field, message) {
        const el = document.querySelector(`#chat-start .field-error[data-for="${field}"]`) || document.querySelector('#chat-start .field-error[data-for="form"]');
        el.textContent = message || "";
        const input = startForm.querySelector(`[name="${field}"]`);
        if (input) { input.setAttribute("aria-invalid", message ? "true" : "false"); if (message) input.focus(); }
    }

    function clearErrors() {
        startForm.querySelectorAll(".field-error").forEach(e => e.textContent = "");
        startForm.querySelectorAll("[aria-invalid]").forEach(e => e.setAttribute("aria-invalid", "false"));
    }

    function validate(body) {
        if (!body.name.trim()) return ["name", "Please give your name."];
        if (body.name.length > 80) return ["name", "Your name may be at most 80 characters."];
        if (!body.topic) return ["topic", "Please choose a topic."];
        if (body.message.length > 2000) return ["message", `A message may be at most 2,000 characters; this one has ${body.message.length}.`];
        return null;
    }

    async function connect() {
        if (connection) return connection;
        connection = new signalR.HubConnectionBuilder().withUrl("/hubs/chat").withAutomaticReconnect().build();
        connection.on("chat", events => events.forEach(apply));
        connection.onreconnected(() => { if (chat) resume(chat.id, chat.secret); });
        connection.onreconnecting(() => { statusLine.textContent = "Reconnecting…"; });
        await connection.start();
        return connection;
    }

    async function resume(id, secret) {
        const result = await (await connect()).invoke("Resume", id, secret);
        if (!result.ok) { sessionStorage.removeItem(KEY); chat = null; show(false); return; }
        chat = { id, secret };
        render(result.chat);
    }

    function show(conversation) {
        startForm.hidden = conversation;
        live.hidden = !conversation;
        if (conversation) text.focus(); else $("chat-name").focus();
    }

    function render(view) {
        show(true);
        if (chat && view.agentName) chat.agentName = view.agentName;
        view.messages.forEach(add);
        status(view.status, view.ended, view.agentName, view.placeInQueue, view.estimatedWaitSeconds);
    }

    function add(m) {
        if (seen.has(m.seq)) return;
        const li = document.createElement("li");
        li.className = `chat-line chat-${m.from.toLowerCase()}`;
        li.dataset.from = m.from;
        li.dataset.testid = "chat-line";
        li.setAttribute("data-testid", "chat-line");
        if (m.from !== "System") {
            const who = document.createElement("span");
            who.className = "chat-who";
            who.textContent = `${m.from === "Customer" ? "You" : (chat && chat.agentName) || "Agent"} · ${new Date(m.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`;
            li.appendChild(who);
        }
        const body = document.createElement("span");
        body.className = "chat-text";
        body.textContent = m.text;
        li.appendChild(body);
        const after = [...seen.keys()].filter(s => s > m.seq).sort((a, b) => a - b)[0];
        list.insertBefore(li, after === undefined ? null : seen.get(after));
        seen.set(m.seq, li);
        list.scrollTop = list.scrollHeight;
    }

    function minutes(seconds) { return seconds < 60 ? "under a minute" : `about ${Math.round(seconds / 60)} min`; }

    function status(state, isEnded, agentName, place, eta) {
        if (chat && agentName) chat.agentName = agentName;
        ended = isEnded;
        if (isEnded) statusLine.textContent = "This chat has ended. Thank you!";
        else if (state === "Connected") statusLine.textContent = `You are chatting with ${agentName || "an agent"}.`;
        else if (state === "Offered") statusLine.textContent = "An agent is about to join…";
        else if (place) statusLine.textContent = `You are number ${place} in the queue${eta != null ? ` · estimated wait ${minutes(eta)}` : ""}.`;
        else statusLine.textContent = "You are in the queue.";
        sendForm.hidden = isEnded;
        $("chat-leave").hidden = isEnded;
        $("chat-new").hidden = !isEnded;
        if (isEnded) typingLine.textContent = "";
    }

    function apply(e) {
        if (!chat || e.interactionId !== chat.id) return;
        if (e.kind === "Message" && e.message) {
            add(e.message);
            if (e.message.from === "Agent") typingLine.textContent = "";
        }
        else if (e.kind === "Typing" && e.typist === "Agent") {
            typingLine.textContent = e.typing && !ended ? `${chat.agentName || "The agent"} is typing…` : "";
            clearTimeout(agentTypingTimer);
            if (e.typing) agentTypingTimer = setTimeout(() => typingLine.textContent = "", 6000);
        }
        else if (e.kind === "Status") status(e.status, e.ended, e.agentName, e.placeInQueue, e.estimatedWaitSeconds);
    }

    startForm.addEventListener("submit", async ev => {
        ev.preventDefault();
        clearErrors();
        const data = new FormData(startForm);
        const body = { name: data.get("name") || "", customerRef: data.get("customerRef") || null, topic: data.get("topic") || "", message: data.get("message") || "" };
        const invalid = validate(body);
        if (invalid) { fieldError(...invalid); return; }
        const button = startForm.querySelector("button[type=submit]");
        button.disabled = true;
        try {
            const result = await (await connect()).invoke("Start", body);
            if (!result.ok) { fieldError(result.field === "text" ? "message" : result.field === "firstMessage" ? "message" : result.field || "form", result.error); return; }
            chat = { id: result.chat.interactionId, secret: result.secret };
            sessionStorage.setItem(KEY, JSON.stringify(chat));
            render(result.chat);
        } catch (err) {
            fieldError("form", "The chat could not start; please try again in a moment.");
        } finally { button.disabled = false; }
    });

    async function send() {
        const error = $("chat-send-error");
        const value = text.value;
        if (!value.trim()) { error.textContent = "Write a message first."; return; }
        if (value.length > 2000) { error.textContent = `A message may be at most 2,000 characters; this one has ${value.length}.`; return; }
        const result = await connection.invoke("Send", chat.id, value);
        if (!result.ok) { error.textContent = result.error; return; }
        error.textContent = "";
        text.value = "";
        typingSentAt = 0;
        result.chat.messages.forEach(add);
    }

    sendForm.addEventListener("submit", ev => { ev.preventDefault(); send(); });
    text.addEventListener("keydown", ev => {
        if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); send(); }
    });
    text.addEventListener("input", () => {
        if (!chat || !connection) return;
        const now = Date.now();
        if (now - typingSentAt > 3000) { typingSentAt = now; connection.invoke("Typing", chat.id, true).catch(() => {}); }
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => { typingSentAt = 0; connection.invoke("Typing", chat.id, false).catch(() => {}); }, 4000);
    });

    $("chat-leave").addEventListener("click", async () => {
        const result = await connection.invoke("Leave", chat.id);
        if (result.ok) render(result.chat); else $("chat-send-error").textContent = result.error;
    });

    $("chat-new").addEventListener("click", () => {
        sessionStorage.removeItem(KEY);
        chat = null;
        seen.clear();
        list.replaceChildren();
        statusLine.textContent = "";
        show(false);
    });

    const previous = saved();
    if (previous && previous.id && previous.secret) resume(previous.id, previous.secret).catch(() => show(false));
})();
