// The agent console's ring: a short WebAudio beep and a browser notification, each switchable, the choices
// kept in localStorage. Browsers allow sound and notification prompts only after a user gesture, so the
// console calls prepareSound / askNotificationPermission from the switches' clicks.
const keys = { sound: "cc.console.ring.sound", notify: "cc.console.ring.notify" };
let audio = null;

export function loadSettings() {
    return {
        sound: localStorage.getItem(keys.sound) !== "off",
        notify: localStorage.getItem(keys.notify) === "on" && "Notification" in window && Notification.permission === "granted",
    };
}

export function saveSettings(sound, notify) {
    localStorage.setItem(keys.sound, sound ? "on" : "off");
    localStorage.setItem(keys.notify, notify ? "on" : "off");
}

export function prepareSound() {
    audio ??= new (window.AudioContext || window.webkitAudioContext)();
    return audio.resume().then(() => audio.state);
}

export async function askNotificationPermission() {
    if (!("Notification" in window)) return "unsupported";
    if (Notification.permission === "granted" || Notification.permission === "denied") return Notification.permission;
    return await Notification.requestPermission();
}

// Two short tones; returns false when the page has not been allowed to play sound yet.
export function ring() {
    audio ??= new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state !== "running") { audio.resume(); }
    const start = audio.currentTime;
    [0, 0.25].forEach((offset, i) => {
        const osc = audio.createOscillator();
        const gain = audio.createGain();
        osc.frequency.value = i === 0 ? 880 : 660;
        gain.gain.setValueAtTime(0.0001, start + offset);
        gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2);
        osc.connect(gain).connect(audio.destination);
        osc.start(start + offset);
        osc.stop(start + offset + 0.22);
    });
    window.__ccRings = (window.__ccRings || 0) + 1;
    return audio.state === "running";
}

export function notify(title, body, tag) {
    if (!("Notification" in window) || Notification.permission !== "granted") return false;
    const n = new Notification(title, { body, tag, requireInteraction: false });
    n.onclick = () => { window.focus(); n.close(); };
    window.__ccNotifications = (window.__ccNotifications || 0) + 1;
    return true;
}
