#!/usr/bin/env node
// Acts in Microsoft 365 Agents Playground as one of the people of .m365agentsplayground.yml.
// The Playground's page always acts as its current user (Maria Jansen, the manager); its own
// HTTP API can send a click or a message as anyone, and this script uses it. Node 20+, no packages.
//
//   node trial/act-as.mjs <first name> click "<button>" [--task "<text near the button>"] [--chat "<chat>"] [input=value ...]
//       presses a button of the newest card Handover sent that has it (channel cards, an employee's
//       card in their own chat: see http://localhost:3978/trial), e.g.
//       node trial/act-as.mjs iris click Done --task "Set up laptop" serial=PF3XK9Q2
//       node trial/act-as.mjs jan click "I returned this" --task Laptop
//   node trial/act-as.mjs <first name> say <General|Facilities|"Handover pilot"> "<text>"
//       posts a message as them; "@Handover ..." mentions the bot, e.g.
//       node trial/act-as.mjs iris say General "@Handover what does Jan Bakker have?"
//
// HANDOVER_URL (default http://localhost:3978) and PLAYGROUND_URL (default http://localhost:56150)
// say where the two run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HANDOVER = process.env.HANDOVER_URL ?? 'http://localhost:3978';
const PLAYGROUND = process.env.PLAYGROUND_URL ?? 'http://localhost:56150';
const CONFIG = process.env.M365_AGENTS_PLAYGROUND_CONFIG_PATH
  ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.m365agentsplayground.yml');

function fail(message) {
  console.error(message);
  process.exit(1);
}

// The people, the bot and the conversations of the Playground's configuration (its simple YAML only).
function tenant() {
  const text = fs.readFileSync(CONFIG, 'utf8');
  const value = (block, key) => (block.match(new RegExp(`^\\s*-?\\s*${key}:\\s*"?([^"\\n]*)"?\\s*$`, 'm')) ?? [])[1];
  const people = text.split(/\n(?=\s*-\s+id:|currentUser:)/).map((block) => ({
    id: value(block, 'id'), name: value(block, 'name'), aadObjectId: value(block, 'aadObjectId'),
  })).filter((p) => p.id && p.name && p.aadObjectId);
  const bot = text.match(/^bot:\s*\n\s+id:\s*(\S+)\s*\n\s+name:\s*(.+)$/m);
  const chats = { General: value(text.split(/^team:/m)[1] ?? '', 'id') };
  for (const m of text.matchAll(/-\s+id:\s*"?([^"\n]+)"?\s*\n\s+name:\s*(.+)/g)) {
    if (m[1].startsWith('19:')) chats[m[2].trim()] = m[1];
  }
  const group = text.match(/^groupChat:\s*\n\s+id:\s*(\S+)\s*\n\s+name:\s*(.+)$/m);
  if (group) chats[group[2].trim()] = group[1];
  return { people, bot: { id: bot[1], name: bot[2].trim() }, chats };
}

async function call(url, body) {
  const response = await fetch(url, body === undefined ? {} : {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
  }).catch((e) => fail(`Nobody answers at ${url} (${e.cause?.code ?? e.message}): is it running?`));
  const text = await response.text();
  if (!response.ok) fail(`${url} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

function textOf(node) {
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (node && typeof node === 'object') {
    return [node.text, node.title, node.value, node.facts ? textOf(node.facts) : '', node.items ? textOf(node.items) : '',
      node.columns ? textOf(node.columns) : '', node.body ? textOf(node.body) : ''].filter(Boolean).join(' ');
  }
  return '';
}

// The Action.Execute titled `title` (or the first one inside an Action.ShowCard so titled), inside
// a container whose text holds `near` when given.
function findAction(node, title, near, inside = false) {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findAction(child, title, near, inside);
      if (found) return found;
    }
    return null;
  }
  if (!node || typeof node !== 'object') return null;
  const here = inside || !near || (['Container', 'Column'].includes(node.type) && textOf(node).toLowerCase().includes(near));
  const titled = (node.title ?? '').toLowerCase() === title;
  if (here && titled && node.type === 'Action.Execute') return node;
  if (here && titled && node.type === 'Action.ShowCard') return findAction(node.card, '', null, true) ?? null;
  if (inside && title === '' && node.type === 'Action.Execute') return node;
  for (const value of Object.values(node)) {
    if (value && typeof value === 'object') {
      const found = findAction(value, title, near, here && (inside || !!near));
      if (found) return found;
    }
  }
  return null;
}

// The innermost Container or Column whose text holds `near`.
function smallest(node, near) {
  if (!node || typeof node !== 'object') return null;
  for (const value of Object.values(node)) {
    const inner = smallest(value, near);
    if (inner) return inner;
  }
  return ['Container', 'Column'].includes(node.type) && textOf(node).toLowerCase().includes(near) ? node : null;
}

const [who, command, ...rest] = process.argv.slice(2);
if (!who || !['click', 'say'].includes(command)) {
  fail('Usage: node trial/act-as.mjs <first name> click "<button>" [--task "<text>"] [--chat "<chat>"] [input=value ...]\n'
    + '       node trial/act-as.mjs <first name> say <chat> "<text>"');
}
const { people, bot, chats } = tenant();
const person = people.find((p) => p.name.toLowerCase().split(' ')[0] === who.toLowerCase()
  || p.name.toLowerCase() === who.toLowerCase());
if (!person) fail(`Nobody called ${who} in ${CONFIG}: ${people.map((p) => p.name).join(', ')}`);
const from = { id: person.id, name: person.name, aadObjectId: person.aadObjectId };

if (command === 'say') {
  const [chat, text] = rest;
  const conversationId = chats[chat] ?? fail(`No chat called ${chat}: ${Object.keys(chats).join(', ')}`);
  const activity = await call(`${PLAYGROUND}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`);
  const at = `<at>${bot.name}</at>`;
  Object.assign(activity, { type: 'message', textFormat: 'plain', locale: 'en-US', from, text: text.replace(/^@Handover\b/, at) });
  if (activity.text.startsWith(at)) {
    activity.entities = [{ type: 'mention', text: at, mentioned: { id: bot.id, name: bot.name } }];
  }
  await call(`${PLAYGROUND}/_internal/v1/customActivities`, activity);
  console.log(`${person.name} said "${text}" in ${chat}; the answer shows there in the Playground.`);
} else {
  const title = (rest[0] ?? fail('Which button?')).toLowerCase();
  let near = null;
  let chat = null;
  const inputs = {};
  for (let i = 1; i < rest.length; i++) {
    if (rest[i] === '--task') near = rest[++i].toLowerCase();
    else if (rest[i] === '--chat') chat = rest[++i].toLowerCase();
    else if (rest[i].includes('=')) inputs[rest[i].split('=')[0]] = rest[i].slice(rest[i].indexOf('=') + 1);
  }
  const messages = (await call(`${HANDOVER}/trial/messages`)).reverse();
  let target = null;
  for (const message of messages) {
    if (chat && (message.chat ?? '').toLowerCase() !== chat) continue;
    const action = message.card && findAction(message.card, title, near);
    if (action) {
      target = { message, action };
      break;
    }
  }
  if (!target) fail(`No card Handover sent has a "${rest[0]}" button${near ? ` near "${near}"` : ''}${chat ? ` in ${chat}` : ''} (see ${HANDOVER}/trial).`);
  const { message, action } = target;
  const data = { ...(action.data ?? {}) };
  for (const [name, value] of Object.entries(inputs)) data[data.taskId ? `${name}-${data.taskId}` : name] = value;
  const thread = message.kind === 'CHANNEL' && !message.conversationId.includes(';messageid=')
    ? `${message.conversationId};messageid=${message.messageId}` : message.conversationId;
  const answer = await call(`${PLAYGROUND}/_conversation/v1/invoke`, {
    name: 'adaptiveCard/action', from, conversation: { id: thread }, replyToId: message.messageId,
    value: { action: { type: 'Action.Execute', verb: action.verb, data }, trigger: 'manual' },
  });
  const card = answer.value && typeof answer.value === 'object' ? answer.value : null;
  const where = message.kind === 'PERSONAL' ? `${message.chat}'s chat` : message.chat;
  console.log(`${person.name} pressed "${rest[0]}" on the card in ${where}.`);
  // what the person sees now: the part of the refreshed card about the task, else its start
  const part = card && near ? smallest(card, near) : null;
  console.log(card ? textOf(part ?? card.body ?? card).replace(/\s+/g, ' ').slice(0, 600) : JSON.stringify(answer));
}
