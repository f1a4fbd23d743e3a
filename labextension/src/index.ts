import { ILayoutRestorer, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette } from '@jupyterlab/apputils';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { ISettingRegistry } from '@jupyterlab/settingregistry';

import { DEFAULT_SETTINGS, ISettings, NotebookAdvisor } from './advisor';
import { HybridizePanel } from './panel';

const PLUGIN_ID = 'jupyterlab-hybridize:plugin';

namespace CommandIDs {
  export const open = 'hybridize:open';
  export const analyse = 'hybridize:analyse';
  export const applyAllSafe = 'hybridize:apply-all-safe';
}

/** Settings as the schema defines them, with defaults for anything unusable. */
function readSettings(settings: ISettingRegistry.ISettings): ISettings {
  const get = <T>(key: string, ok: (value: unknown) => boolean, fallback: T): T => {
    const value = settings.get(key).composite;
    return ok(value) ? (value as T) : fallback;
  };
  const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
  return {
    autoAnalyse: get('autoAnalyse', isBoolean, DEFAULT_SETTINGS.autoAnalyse),
    rerunAfterApply: get('rerunAfterApply', isBoolean, DEFAULT_SETTINGS.rerunAfterApply),
    benchBudget: get(
      'benchmarkBudget',
      value => typeof value === 'number' && value > 0 && Number.isFinite(value),
      DEFAULT_SETTINGS.benchBudget
    ),
    showInfo: get('showInfoFindings', isBoolean, DEFAULT_SETTINGS.showInfo)
  };
}

/**
 * The Hybridize side panel for the active notebook, cell badges, and their commands.
 */
const plugin: JupyterFrontEndPlugin<void> = {
  id: PLUGIN_ID,
  description:
    'A side panel of @tf.function recommendations for the functions of the active notebook.',
  autoStart: true,
  requires: [INotebookTracker],
  optional: [ISettingRegistry, ILayoutRestorer, ICommandPalette],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    settingRegistry: ISettingRegistry | null,
    restorer: ILayoutRestorer | null,
    palette: ICommandPalette | null
  ) => {
    let settings: ISettings = { ...DEFAULT_SETTINGS };
    const advisors = new Map<NotebookPanel, NotebookAdvisor>();
    const panel = new HybridizePanel();
    app.shell.add(panel, 'right', { rank: 900 });
    restorer?.add(panel, panel.id);

    const showPanel = (): void => {
      app.shell.activateById(panel.id);
    };

    const advisorOf = (notebook: NotebookPanel): NotebookAdvisor => {
      let advisor = advisors.get(notebook);
      if (!advisor) {
        advisor = new NotebookAdvisor({
          panel: notebook,
          settings: () => settings,
          openPanel: (owner, entry) => {
            panel.setAdvisor(owner);
            showPanel();
            panel.focusFunction(entry);
          },
          activateNotebook: target => app.shell.activateById(target.id)
        });
        advisors.set(notebook, advisor);
        notebook.disposed.connect(() => {
          const gone = advisors.get(notebook);
          advisors.delete(notebook);
          if (panel.advisor === gone) {
            panel.setAdvisor(null);
          }
          gone?.dispose();
        });
      }
      return advisor;
    };

    tracker.forEach(notebook => advisorOf(notebook));
    tracker.widgetAdded.connect((_, notebook) => advisorOf(notebook));
    tracker.currentChanged.connect((_, notebook) => {
      panel.setAdvisor(notebook ? advisorOf(notebook) : null);
    });
    panel.setAdvisor(tracker.currentWidget ? advisorOf(tracker.currentWidget) : null);

    const current = (): NotebookAdvisor | null =>
      tracker.currentWidget ? advisorOf(tracker.currentWidget) : null;
    app.commands.addCommand(CommandIDs.open, {
      label: 'Hybridize: Show Recommendations',
      execute: showPanel
    });
    app.commands.addCommand(CommandIDs.analyse, {
      label: 'Hybridize: Analyse Notebook',
      isEnabled: () => current()?.link.status === 'connected',
      execute: () => current()?.analyse()
    });
    app.commands.addCommand(CommandIDs.applyAllSafe, {
      label: 'Hybridize: Apply All Safe Recommendations…',
      isEnabled: () => current()?.link.status === 'connected',
      execute: () => current()?.applyAllSafe()
    });
    for (const command of Object.values(CommandIDs)) {
      palette?.addItem({ command, category: 'Hybridize' });
    }

    if (settingRegistry) {
      settingRegistry
        .load(plugin.id)
        .then(loaded => {
          const apply = (): void => {
            const previous = settings;
            settings = readSettings(loaded);
            for (const advisor of advisors.values()) {
              advisor.settingsChanged(previous);
            }
            panel.refresh();
          };
          apply();
          loaded.changed.connect(apply);
        })
        .catch(reason => {
          console.error('Failed to load settings for jupyterlab-hybridize.', reason);
        });
    }
  }
};

export default plugin;
