/**
 * Pictures for the demo gallery, painted locally with sharp from SVG (nothing is downloaded):
 * simplified icons on a gold ground, in the proportions of a panel icon.
 */
import sharp from 'sharp'

type IconPalette = { ground: string; robe: string; mantle: string; halo: string; border: string }

export type IconImage = { filename: string; svg: string }

const WIDTH = 900
const HEIGHT = 1200

function frame(palette: IconPalette, figures: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <radialGradient id="gold" cx="50%" cy="35%" r="75%">
      <stop offset="0%" stop-color="#f6d77a"/><stop offset="60%" stop-color="${palette.ground}"/><stop offset="100%" stop-color="#8a6418"/>
    </radialGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.border}"/>
  <rect x="45" y="45" width="${WIDTH - 90}" height="${HEIGHT - 90}" fill="url(#gold)"/>
  <rect x="45" y="45" width="${WIDTH - 90}" height="${HEIGHT - 90}" fill="none" stroke="#5a3a0c" stroke-width="6"/>
  ${figures}
</svg>`
}

const face = (cx: number, cy: number, r: number) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${r * 0.78}" ry="${r}" fill="#d9a877" stroke="#6b4423" stroke-width="3"/>`

const halo = (cx: number, cy: number, r: number, color: string) =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}" stroke="#7a5312" stroke-width="5"/>`

export function madonnaAndChild(): IconImage {
  const p: IconPalette = {
    ground: '#d4a017',
    robe: '#1f3b73',
    mantle: '#7b1e22',
    halo: '#f2c94c',
    border: '#3b2208',
  }
  const figures = `
  ${halo(450, 360, 170, p.halo)}
  <path d="M250 1100 C250 700 300 480 450 470 C600 480 650 700 650 1100 Z" fill="${p.mantle}"/>
  <path d="M330 1100 C340 820 380 640 450 620 C520 640 560 820 570 1100 Z" fill="${p.robe}"/>
  ${face(450, 370, 95)}
  <path d="M355 330 C380 250 520 250 545 330 C520 300 380 300 355 330 Z" fill="${p.mantle}"/>
  ${halo(560, 600, 85, p.halo)}
  <path d="M490 860 C490 720 520 650 560 650 C600 650 630 720 630 860 Z" fill="#c98b2b"/>
  ${face(560, 605, 52)}
  <circle cx="395" cy="240" r="10" fill="#f2c94c"/><circle cx="505" cy="240" r="10" fill="#f2c94c"/>`
  return { filename: 'madonna-and-child.png', svg: frame(p, figures) }
}

export function christPantocrator(): IconImage {
  const p: IconPalette = {
    ground: '#caa03a',
    robe: '#8c2a1c',
    mantle: '#1d3d6b',
    halo: '#f0cf6a',
    border: '#2e1b06',
  }
  const figures = `
  ${halo(450, 380, 190, p.halo)}
  <path d="M360 220 L540 220 M450 190 L450 560" stroke="#8c2a1c" stroke-width="14"/>
  <path d="M220 1100 C230 720 320 560 450 550 C580 560 670 720 680 1100 Z" fill="${p.robe}"/>
  <path d="M220 1100 C240 860 300 700 380 640 L470 1100 Z" fill="${p.mantle}"/>
  ${face(450, 400, 105)}
  <rect x="520" y="760" width="130" height="170" rx="8" fill="#6b3b12" stroke="#f0cf6a" stroke-width="6"/>`
  return { filename: 'christ-pantocrator.png', svg: frame(p, figures) }
}

export function saintNicholas(): IconImage {
  const p: IconPalette = {
    ground: '#d9b04c',
    robe: '#f4efe2',
    mantle: '#a3362a',
    halo: '#f5d77e',
    border: '#3a250a',
  }
  const figures = `
  ${halo(450, 360, 160, p.halo)}
  <path d="M240 1100 C250 740 320 560 450 540 C580 560 650 740 660 1100 Z" fill="${p.mantle}"/>
  <path d="M390 1100 L390 600 L510 600 L510 1100 Z" fill="${p.robe}"/>
  <path d="M420 640 L480 700 M480 640 L420 700 M420 800 L480 860 M480 800 L420 860" stroke="#222" stroke-width="10"/>
  ${face(450, 380, 95)}
  <path d="M375 420 C390 520 510 520 525 420 C500 470 400 470 375 420 Z" fill="#eee"/>`
  return { filename: 'saint-nicholas.png', svg: frame(p, figures) }
}

/** A head-and-shoulders silhouette for demo profiles. */
export function portrait(filename: string, background: string): IconImage {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
  <rect width="600" height="600" fill="${background}"/>
  <circle cx="300" cy="240" r="110" fill="#e8dccb"/>
  <path d="M110 600 C120 430 200 370 300 370 C400 370 480 430 490 600 Z" fill="#e8dccb"/>
</svg>`
  return { filename, svg }
}

export async function renderPng(image: IconImage): Promise<Buffer> {
  return sharp(Buffer.from(image.svg)).png({ compressionLevel: 9 }).toBuffer()
}
