/**
 * The Entities view (Explorer): every person, organisation and place named in the workspace's
 * articles, grouped by type, most widely reported first. An entity expands to its mentions
 * grouped by article; a mention opens its passage. The data comes from the server's
 * `sourceAnnotator/entities` and `sourceAnnotator/entityMentions` requests. Article text is
 * shown only as plain label text.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  COMMANDS, ENTITIES_REQUEST, ENTITY_MENTIONS_REQUEST,
  type EntitiesResult, type EntityInfo, type EntityKind, type EntityMention, type EntityMentionsParams,
} from '../../server/src/lsp/protocol';
import { filterEntities, groupByType } from './entity-filter';

export const ENTITIES_VIEW = 'sourceAnnotator.entities';
export const ENTITIES_COMMANDS = {
  refresh: 'sourceAnnotator.entities.refresh',
  filter: 'sourceAnnotator.entities.filter',
  clearFilter: 'sourceAnnotator.entities.clearFilter',
} as const;
const FILTERED_CONTEXT = 'sourceAnnotator.entitiesFiltered';

/** Group order and wording; a type the server adds later still gets a group of its own. */
const GROUPS: Record<EntityKind, { label: string; singular: string; icon: string }> = {
  PERSON: { label: 'People', singular: 'person', icon: 'person' },
  ORG: { label: 'Organizations', singular: 'organization', icon: 'organization' },
  LOC: { label: 'Places', singular: 'place', icon: 'location' },
  NORP: { label: 'Nationalities and Groups', singular: 'nationality or group', icon: 'globe' },
};
const groupOf = (t: string) => GROUPS[t as EntityKind] ?? { label: t, singular: t.toLowerCase(), icon: 'symbol-misc' };

type Node =
  | { kind: 'group'; type: string; entities: EntityInfo[] }
  | { kind: 'entity'; entity: EntityInfo }
  | { kind: 'article'; entity: EntityInfo; uri: string; mentions: EntityMention[] }
  | { kind: 'mention'; entity: EntityInfo; mention: EntityMention };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fileName = (uri: string) => decodeURIComponent(uri.replace(/[?#].*$/, '').replace(/^.*\//, ''));

export class EntitiesView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private entities: Promise<EntityInfo[]> | undefined;
  private readonly mentions = new Map<string, Promise<EntityMention[]>>();
  private filter = '';
  private stale = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => { if (e.visible && this.stale) this.refresh(); }),
      vscode.commands.registerCommand(ENTITIES_COMMANDS.refresh, () => this.refresh()),
      vscode.commands.registerCommand(ENTITIES_COMMANDS.filter, () => this.askFilter()),
      vscode.commands.registerCommand(ENTITIES_COMMANDS.clearFilter, () => this.setFilter('')),
    );
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
  }

  /** Drops what was fetched and redraws the whole tree. */
  refresh(): void {
    clearTimeout(this.timer);
    this.stale = false;
    this.entities = undefined;
    this.mentions.clear();
    this.changed.fire(undefined);
  }

  /** The corpus changed: refresh soon, once for a burst of changes, and only when the view is shown. */
  scheduleRefresh(delayMs = 400): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.view.visible) this.refresh();
      else this.stale = true;
    }, delayMs);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const g = groupOf(node.type);
        // While a filter is on, groups open (a different id, so the unfiltered state is kept).
        const item = new vscode.TreeItem(g.label, this.filter ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `group:${node.type}${this.filter ? ':filtered' : ''}`;
        item.description = String(node.entities.length);
        item.tooltip = `${g.label}: ${node.entities.length} named in the articles`;
        item.iconPath = new vscode.ThemeIcon(g.icon);
        item.contextValue = 'entityGroup';
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${e.id}`;
        item.description = `${plural(e.mentions, 'mention')} · ${plural(e.articles, 'article')}`;
        const also = e.aliases.length ? `\nAlso written: ${e.aliases.join(', ')}` : '';
        item.tooltip = `${e.name} (${groupOf(e.type).singular})\n${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}${also}`;
        item.iconPath = new vscode.ThemeIcon(groupOf(e.type).icon);
        item.contextValue = 'entity';
        return item;
      }
      case 'article': {
        const item = new vscode.TreeItem(fileName(node.uri), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `entity:${node.entity.id}/${node.uri}`;
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.description = plural(node.mentions.length, 'mention');
        item.tooltip = vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri));
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'entityArticle';
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const label: vscode.TreeItemLabel = { label: m.excerpt, highlights: validHighlight(m) };
        const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
        const { line, character } = m.range.start;
        item.id = `entity:${node.entity.id}/${m.uri}#${line}:${character}`;
        item.description = `line ${line + 1}`;
        item.tooltip = `${m.excerpt}\n${fileName(m.uri)}, line ${line + 1}`;
        item.command = { title: 'Open Passage', command: COMMANDS.openLocation, arguments: [{ uri: m.uri, range: m.range }] };
        item.contextValue = 'entityMention';
        return item;
      }
    }
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'group':
        return node.entities.map((entity) => ({ kind: 'entity', entity }));
      case 'entity': {
        const byArticle = new Map<string, EntityMention[]>();
        for (const m of await this.mentionsOf(node.entity.id)) {
          const list = byArticle.get(m.uri);
          if (list) list.push(m); else byArticle.set(m.uri, [m]);
        }
        return [...byArticle].map(([uri, mentions]) => ({ kind: 'article', entity: node.entity, uri, mentions }));
      }
      case 'article':
        return node.mentions.map((mention) => ({ kind: 'mention', entity: node.entity, mention }));
      case 'mention':
        return [];
    }
  }

  private async roots(): Promise<Node[]> {
    const all = await (this.entities ??= this.fetchEntities());
    const shown = filterEntities(all, this.filter);
    this.view.message = this.filter && all.length && !shown.length ? `No entity matches “${this.filter}”.` : undefined;
    return groupByType(shown, Object.keys(GROUPS)).map(([type, entities]) => ({ kind: 'group', type, entities }));
  }

  private async fetchEntities(): Promise<EntityInfo[]> {
    const client = this.getClient();
    if (!client?.isRunning()) return [];
    try {
      const r = await client.sendRequest<EntitiesResult>(ENTITIES_REQUEST);
      return r?.entities ?? [];
    } catch (e) {
      client.outputChannel.appendLine(`Entities view: ${(e as Error).message}`);
      return [];
    }
  }

  private mentionsOf(id: string): Promise<EntityMention[]> {
    let p = this.mentions.get(id);
    if (!p) {
      const client = this.getClient();
      const params: EntityMentionsParams = { id };
      p = client?.isRunning()
        ? Promise.resolve(client.sendRequest<EntityMention[]>(ENTITY_MENTIONS_REQUEST, params)).then((r) => r ?? [], () => [])
        : Promise.resolve([]);
      this.mentions.set(id, p);
    }
    return p;
  }

  private async askFilter(): Promise<void> {
    const before = this.filter;
    const box = vscode.window.createInputBox();
    box.title = 'Filter Entities';
    box.prompt = 'Show the entities whose name or another spelling contains this text (case and accents ignored).';
    box.placeholder = 'part of a name; empty shows all';
    box.value = this.filter;
    let accepted = false;
    let typing: NodeJS.Timeout | undefined;
    box.onDidChangeValue((v) => { clearTimeout(typing); typing = setTimeout(() => this.setFilter(v), 200); });
    box.onDidAccept(() => { accepted = true; clearTimeout(typing); this.setFilter(box.value); box.hide(); });
    box.onDidHide(() => { clearTimeout(typing); if (!accepted) this.setFilter(before); box.dispose(); });
    box.show();
  }

  private setFilter(value: string): void {
    const v = value.trim();
    if (v === this.filter) return;
    this.filter = v;
    this.view.description = v ? `matching “${v}”` : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !!v);
    this.changed.fire(undefined);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** The highlight of the mention in its excerpt, if it is a sane range of the label. */
function validHighlight(m: EntityMention): [number, number][] | undefined {
  const h = m.highlight;
  return Array.isArray(h) && h[0] >= 0 && h[0] < h[1] && h[1] <= m.excerpt.length ? [[h[0], h[1]]] : undefined;
}
