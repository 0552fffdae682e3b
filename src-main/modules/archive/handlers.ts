import type { ModuleHandlers } from '../../ipc/handler';
import { keysetPage } from '../../ipc/paging';
import { createDocument, moveDocument, updateDocument } from './documents';
import { catalogue, labels } from './print';
import { movesOf, mustFindDoc } from './queries';
import { searchDocuments } from './search';
import { listCabinets, saveBox, saveCabinet } from './storage';

/** The archive's storage map and catalogue (000 篇5; issue 7). */
export const archiveHandlers: ModuleHandlers<'archive'> = {
  'archive.cabinets.list': async (input, ctx) => listCabinets(ctx, input.includeInactive),
  'archive.cabinets.save': async (input, ctx) => saveCabinet(ctx, input),
  'archive.boxes.save': async (input, ctx) => saveBox(ctx, input),
  'archive.labels': async (input, ctx) => labels(ctx, input),
  'archive.documents.create': async (input, ctx) => createDocument(ctx, input),
  'archive.documents.update': async (input, ctx) => updateDocument(ctx, input),
  'archive.documents.get': async (input, ctx) => ({ document: mustFindDoc(ctx, input.id), moves: movesOf(ctx, input.id) }),
  'archive.documents.search': async (input, ctx) => keysetPage(searchDocuments(ctx, input), input.limit),
  'archive.documents.move': async (input, ctx) => moveDocument(ctx, input),
  'archive.catalogue': async (input, ctx) => catalogue(ctx, input),
};
