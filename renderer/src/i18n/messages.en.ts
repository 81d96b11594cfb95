import type { Messages } from './messages.nl';

export const en: Messages = {
  'app.name': 'Werkbank Sociale Kwaliteit',
  'app.skipToContent': 'Skip to content',
  'app.starting': 'Starting the Werkbank…',
  'app.language': 'Language',
  'app.about': 'About',
  'app.close': 'Close',
  'app.cancel': 'Cancel',
  'app.dismissError': 'Dismiss message',

  'start.tagline': 'Research into social quality in neighbourhoods: data, coding and analysis across the four conditions.',
  'start.privacy': 'Everything stays on this computer: the Werkbank sends no data anywhere.',
  'start.newProject': 'New project',
  'start.openProject': 'Open project…',
  'start.recentTitle': 'Recent projects',
  'start.recentEmpty': 'No recent projects yet. Create a new project or open an existing project file (.skw).',
  'start.recentOpenedAt': 'Last opened on {date}',
  'start.recentMissing': 'File not found',
  'start.recentForget': 'Remove from list',

  'pathDialog.newTitle': 'Create a new project',
  'pathDialog.openTitle': 'Open a project',
  'pathDialog.newIntro': 'A project is one file holding your datasets, codebook and coding. Choose where it goes; .skw is added when missing.',
  'pathDialog.openIntro': 'Enter the full path of a project file on this computer.',
  'pathDialog.label': 'Project file path (.skw)',
  'pathDialog.hint': 'For example C:\\Users\\name\\Documents\\neighbourhood-study.skw or /home/name/neighbourhood-study.skw',
  'pathDialog.required': 'Enter the path of the project file.',
  'pathDialog.create': 'Create',
  'pathDialog.open': 'Open',

  'project.file': 'File',
  'project.close': 'Close project',
  'project.sections': 'Project sections',

  'section.data': 'Data',
  'section.codebook': 'Codebook',
  'section.coding': 'Coding',
  'section.analysis': 'Analysis',
  'section.session': 'Session',

  'data.title': 'Datasets',
  'data.loading': 'Loading the datasets…',
  'data.columnName': 'Name',
  'data.columnKind': 'Kind',
  'data.columnRows': 'Rows',
  'data.columnColumns': 'Columns',
  'data.kind.survey': 'Survey',
  'data.kind.area': 'Areas',
  'data.emptyTitle': 'This project has no datasets yet.',
  'data.emptyBody':
    'Your surveys (one row per respondent) and area data such as monitors and CBS tables (one row per area) will be listed here. Importing arrives in a next version.',

  'codebook.emptyTitle': 'The codebook will live here',
  'codebook.emptyBody': 'In the codebook you link indicators and codes to the four conditions of social quality:',
  'coding.emptyTitle': 'Coding will happen here',
  'coding.emptyBody':
    'Code open answers, activities of the social base and policy measures with one or more conditions. Several coders code the same records; agreement is shown per condition.',
  'analysis.emptyTitle': 'The analysis will live here',
  'analysis.emptyBody':
    'A profile over the four conditions per neighbourhood, as an index (100 = average of the reference set), and the attention in policy and services set against the need shown by surveys and monitors. Every step of the calculation is visible; figures for small groups are not published.',
  'session.emptyTitle': 'Sessions will live here',
  'session.emptyBody':
    'Prepare a session with partners such as the municipality and welfare organisations: a calm view of the results for the projector, without figures for small groups.',
  'placeholder.nextVersion': 'Arrives in a next version.',

  'about.title': 'About the Werkbank Sociale Kwaliteit',
  'about.body':
    'A workbench for research into social quality in neighbourhoods, built around the four conditions: socio-economic security, social inclusion, social cohesion and social empowerment. All data stays on this computer.',
  'about.version': 'Version',
  'about.host': 'Runs as',
  'about.host.electron': 'Desktop app',
  'about.host.browser': 'In the browser',
  'about.schemaVersion': 'Project file version',
};
