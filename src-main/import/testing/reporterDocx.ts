import { buildDocx } from './buildDocx'

/** A 24×16 PNG, the picture in the Word file. */
export const SMALL_PNG = new Uint8Array(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAAGklEQVR42mNwy1tAFcQwatCoQaMGjRpEGQIAMbX+EAVPEaoAAAAASUVORK5CYII=', 'base64'))

/**
 * A reporter's Word file as desks get them: Title and Subtitle styles, byline and time lines, a
 * dateline, a picture with alt text and a Caption-style caption, a crosshead, a bullet and a
 * numbered list, bold, italic and a link.
 */
export function reporterDocx(): Promise<Uint8Array> {
  return buildDocx([
    { style: 'Title', runs: ['Flood defences to be raised along the Ravi'] },
    { style: 'Subtitle', runs: ['Punjab irrigation department says work will finish before the monsoon'] },
    { runs: ['By Ayesha Siddiqa and Farhan Ali'] },
    { runs: ['June 5, 2024 09:15 AM'] },
    { runs: ['LAHORE: The Punjab irrigation department will raise the flood embankments along a 40-kilometre stretch of the ', { text: 'Ravi', bold: true }, ' river, officials said on ', { text: 'Wednesday', italic: true }, '.'] },
    { picture: SMALL_PNG, alt: 'Workers repair an embankment on the Ravi near Shahdara' },
    { style: 'Caption', runs: ['Workers repair an embankment near Shahdara.'] },
    { style: 'Heading2', runs: ['Where the work will be done'] },
    { list: 'bullet', runs: ['Shahdara bridge'] },
    { list: 'bullet', runs: ['Kala Khatai road'] },
    { list: 'number', runs: ['First phase: June'] },
    { list: 'number', runs: ['Second phase: July'] },
    { runs: ['Details are on the ', { text: 'department website', link: 'https://irrigation.punjab.example/ravi' }, ', the spokesman said.'] },
  ])
}
