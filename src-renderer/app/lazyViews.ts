import { lazy, useEffect } from 'react'

// Every view but the queue (the screen the app opens on) is its own chunk, loaded when first
// shown: the story screen alone brings TipTap, ProseMirror and the zod schemas of the story,
// and booting with all of it cost the queue about three times a bare React list (issue 8, P4).
const load = {
  story: () => import('../features/story/StoryScreen'),
  importedStory: () => import('../features/import/ImportedStoryFrame'),
  stories: () => import('../features/stories/StoriesView'),
  people: () => import('../features/people/PeopleView'),
  pictures: () => import('../features/pictures/PicturesView'),
  outbox: () => import('../features/outbox/OutboxView'),
  settings: () => import('../features/settings/SettingsView'),
}

export const StoryScreen = lazy(() => load.story().then((module) => ({ default: module.StoryScreen })))
export const ImportedStoryFrame = lazy(() => load.importedStory().then((module) => ({ default: module.ImportedStoryFrame })))
export const StoriesView = lazy(() => load.stories().then((module) => ({ default: module.StoriesView })))
export const PeopleView = lazy(() => load.people().then((module) => ({ default: module.PeopleView })))
export const PicturesView = lazy(() => load.pictures().then((module) => ({ default: module.PicturesView })))
export const OutboxView = lazy(() => load.outbox().then((module) => ({ default: module.OutboxView })))
export const SettingsView = lazy(() => load.settings().then((module) => ({ default: module.SettingsView })))

/** How long after the shell mounts the other views start loading in the background, in ms. */
const PREFETCH_AFTER_MS = 2_000

/**
 * Loads the other views' chunks once the app has been up a while and the page is idle, so
 * opening the first story does not wait for TipTap to load. Only warms the module cache.
 */
export function usePrefetchViews(): void {
  useEffect(() => {
    let idle: number | undefined
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => {
        for (const start of [load.story, load.importedStory, load.stories]) void start().catch(() => undefined)
      })
    }, PREFETCH_AFTER_MS)
    return () => {
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
}
